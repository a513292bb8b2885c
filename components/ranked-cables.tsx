import type { ReactNode } from "react";
import { Pagination, pageHref } from "@/components/pagination";
import { plural } from "@/components/format";
import { RESULT } from "@/components/keyboard/keyboard-attributes";
import type { CitationRanking } from "@/lib/queries/cited-cables";

type Props<Item> = {
  ranking: CitationRanking<Item>;
  /** Where the list lives, for its page links: "/cited". */
  path: string;
  label: string;
  /** "12 cited cables in the archive": what the total counts. */
  describeTotal: (total: number) => string;
  empty: string;
  itemKey: (item: Item) => string;
  children: (item: Item) => ReactNode;
};

/** One page of a citation ranking (/cited, /wanted): rank, the cable, its citation count; j/k move through it. */
export function RankedCables<Item extends { citations: number }>({ ranking, path, label, describeTotal, empty, itemKey, children }: Props<Item>) {
  const first = (ranking.page - 1) * ranking.pageSize + 1;
  const last = first + ranking.items.length - 1;
  return (
    <>
      <p role="status" className="text-sm text-stone-700">
        {ranking.total === 0
          ? empty
          : ranking.items.length === 0
            ? `Page ${ranking.page} is past the last page (${ranking.pageCount}).`
            : `${describeTotal(ranking.total)}; showing ${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")}.`}
      </p>
      {ranking.items.length > 0 && (
        <ol aria-label={label} start={first} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {ranking.items.map((item, index) => (
            <li key={itemKey(item)} {...RESULT} className="flex items-baseline gap-4 px-4 py-3">
              <span className="w-10 shrink-0 text-right font-mono text-sm text-stone-500">{first + index}.</span>
              <div className="min-w-0 flex-1">{children(item)}</div>
              <span className="shrink-0 text-sm font-medium tabular-nums text-stone-800">{plural(item.citations, "citation")}</span>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={ranking.page} pageCount={ranking.pageCount} hrefFor={(page) => pageHref(path, page)} />
    </>
  );
}
