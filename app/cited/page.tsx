import type { Metadata } from "next";
import Link from "next/link";
import { PageNav, pageFromParams } from "@/app/tags/_components/page-nav";
import { formatDay, plural } from "@/components/format";
import { cableHref } from "@/components/hrefs";
import { RESULT } from "@/components/keyboard/keyboard-attributes";
import { getMostCitedCables } from "@/lib/queries/cited-cables";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Most cited cables" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CitedPage({ searchParams }: Props) {
  const ranking = await getMostCitedCables(pageFromParams((await searchParams).page));
  const first = (ranking.page - 1) * ranking.pageSize + 1;

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
      <p role="status" className="text-sm text-stone-700">
        {ranking.total === 0
          ? "No cable in the archive is cited by another."
          : ranking.items.length === 0
            ? `Page ${ranking.page} is past the last page (${ranking.pageCount}).`
            : `${plural(ranking.total, "cited cable")} in the archive; showing ${first.toLocaleString("en-US")}–${(first + ranking.items.length - 1).toLocaleString("en-US")}.`}
      </p>
      {ranking.items.length > 0 && (
        <ol aria-label="Most cited cables" start={first} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {ranking.items.map((cable, index) => (
            <li key={cable.slug} {...RESULT} className="flex gap-4 px-4 py-3">
              <span className="w-10 shrink-0 text-right font-mono text-sm text-stone-500">{first + index}.</span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
                  <Link href={cableHref(cable.slug)} className="font-mono font-semibold text-amber-800 hover:underline">
                    {cable.id}
                  </Link>
                  <span className="text-stone-600">{cable.date ? formatDay(cable.date) : "Date unknown"}</span>
                  <span className="text-stone-600">{cable.origin ?? "Origin unknown"}</span>
                </div>
                <p className="mt-1 text-stone-900">{cable.subject ?? <em className="text-stone-500">No subject</em>}</p>
              </div>
              <span className="shrink-0 text-sm font-medium tabular-nums text-stone-800">{plural(cable.citations, "citation")}</span>
            </li>
          ))}
        </ol>
      )}
      <PageNav path="/cited" page={ranking.page} pageCount={ranking.pageCount} />
    </div>
  );
}
