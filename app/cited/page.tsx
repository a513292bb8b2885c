import type { Metadata } from "next";
import Link from "next/link";
import { RankedCables } from "@/components/ranked-cables";
import { pageFromParams } from "@/lib/queries/page-param";
import { CableMeta } from "@/components/cable-meta";
import { plural } from "@/components/format";
import { getMostCitedCables } from "@/lib/queries/cited-cables";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Most cited cables" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CitedPage({ searchParams }: Props) {
  const ranking = await getMostCitedCables(pageFromParams((await searchParams).page));
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Most cited cables</h1>
        <p className="max-w-3xl text-stone-700">
          Cables in the archive ranked by how often other cables in the archive cite them in their REF lists.{" "}
          <Link href="/wanted" className="text-amber-800 underline">
            Cited cables missing from the archive
          </Link>{" "}
          have their own list.
        </p>
      </header>
      <RankedCables
        ranking={ranking}
        path="/cited"
        label="Most cited cables"
        describeTotal={(total) => `${plural(total, "cited cable")} in the archive`}
        empty="No cable in the archive is cited by another."
        itemKey={(cable) => cable.slug}
      >
        {(cable) => (
          <>
            <CableMeta slug={cable.slug} name={cable.id} date={cable.date} origin={cable.origin} />
            <p className="mt-1 text-stone-900">{cable.subject ?? <em className="text-stone-500">No subject</em>}</p>
          </>
        )}
      </RankedCables>
    </div>
  );
}
