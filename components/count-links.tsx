import Link from "next/link";
import type { ValueCount } from "@/lib/queries/tag-counts";

/** A list of values with their cable counts, each a link into the filtered list. */
export function CountLinks({ label, counts, hrefFor }: { label: string; counts: ValueCount[]; hrefFor: (value: string) => string }) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-100 text-sm">
      {counts.map(({ value, count }) => (
        <li key={value}>
          <Link href={hrefFor(value)} className="flex justify-between gap-4 py-1.5 hover:text-amber-800">
            <span>{value}</span>
            <span className="count">{count.toLocaleString("en-US")}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
