import type { Metadata } from "next";
import Link from "next/link";
import { RankedCables } from "@/components/ranked-cables";
import { pageFromParams } from "@/lib/queries/page-param";
import { plural } from "@/components/format";
import { cableHref } from "@/components/hrefs";
import { getWantedCables } from "@/lib/queries/wanted-cables";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Wanted cables" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WantedPage({ searchParams }: Props) {
  const ranking = await getWantedCables(pageFromParams((await searchParams).page));
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Wanted cables</h1>
        <p className="max-w-3xl text-stone-700">
          Cables that cables in the archive cite but the archive does not hold, most cited first. Each page lists
          the cables that cite it. See also the{" "}
          <Link href="/cited" className="text-amber-800 underline">
            most cited cables in the archive
          </Link>
          .
        </p>
      </header>
      <RankedCables
        ranking={ranking}
        path="/wanted"
        label="Wanted cables"
        describeTotal={(total) => `${plural(total, "cable")} cited but not in the archive`}
        empty="Every cited cable is in the archive."
        itemKey={(cable) => cable.id}
      >
        {(cable) => (
          <Link href={cableHref(cable.id)} className="font-mono text-sm font-semibold text-amber-800 hover:underline">
            {cable.id}
          </Link>
        )}
      </RankedCables>
    </div>
  );
}
