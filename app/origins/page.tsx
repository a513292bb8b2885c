import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "@/components/format";
import { getOriginSummaries } from "@/lib/queries/origins-summary";
import { originHref } from "@/components/hrefs";
import { TableHead } from "@/components/table-head";
import { yearSpan } from "./year-span";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Origins" };

const COLUMNS = [{ label: "Post" }, { label: "Cables", numeric: true }, { label: "Years" }] as const;

export default function OriginsPage() {
  const origins = getOriginSummaries();

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Origins</h1>
        <p className="max-w-3xl text-stone-700">
          The posts that sent the cables (embassies, consulates, missions and the Department itself), with how many
          cables each sent and over which years. Open a post to see its cables over time.
        </p>
        <p role="status" className="text-sm text-stone-600">
          {origins.length > 0 ? `${plural(origins.length, "post")}, most cables first.` : "No posts yet: the archive is empty."}
        </p>
      </header>
      {origins.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <TableHead caption="Posts with their number of cables and years" columns={COLUMNS} />
            <tbody className="divide-y divide-stone-100">
              {origins.map((summary) => (
                <tr key={summary.origin}>
                  <td className="px-4 py-1.5">
                    <Link href={originHref(summary.origin)} className="font-medium text-amber-800 hover:underline">
                      {summary.origin}
                    </Link>
                  </td>
                  <td className="px-4 py-1.5 text-right tabular-nums text-stone-700">{summary.count.toLocaleString("en-US")}</td>
                  <td className="px-4 py-1.5 tabular-nums text-stone-700">{yearSpan(summary.firstDate, summary.lastDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
