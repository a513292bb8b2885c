import type { Metadata } from "next";
import Link from "next/link";
import { PageNav, pageFromParams } from "@/app/tags/_components/page-nav";
import { plural } from "@/components/format";
import { cableHref } from "@/components/hrefs";
import { RESULT } from "@/components/keyboard/keyboard-attributes";
import { getWantedCables } from "@/lib/queries/wanted-cables";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Wanted cables" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WantedPage({ searchParams }: Props) {
  const ranking = await getWantedCables(pageFromParams((await searchParams).page));
  const first = (ranking.page - 1) * ranking.pageSize + 1;

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
      <p role="status" className="text-sm text-stone-700">
        {ranking.total === 0
          ? "Every cited cable is in the archive."
          : ranking.items.length === 0
            ? `Page ${ranking.page} is past the last page (${ranking.pageCount}).`
            : `${plural(ranking.total, "cable")} cited but not in the archive; showing ${first.toLocaleString("en-US")}–${(first + ranking.items.length - 1).toLocaleString("en-US")}.`}
      </p>
      {ranking.items.length > 0 && (
        <ol aria-label="Wanted cables" start={first} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {ranking.items.map((cable, index) => (
            <li key={cable.id} {...RESULT} className="flex items-baseline gap-4 px-4 py-2.5 text-sm">
              <span className="w-10 shrink-0 text-right font-mono text-stone-500">{first + index}.</span>
              <Link href={cableHref(cable.id)} className="min-w-0 flex-1 font-mono font-semibold text-amber-800 hover:underline">
                {cable.id}
              </Link>
              <span className="shrink-0 font-medium tabular-nums text-stone-800">{plural(cable.citations, "citation")}</span>
            </li>
          ))}
        </ol>
      )}
      <PageNav path="/wanted" page={ranking.page} pageCount={ranking.pageCount} />
    </div>
  );
}
