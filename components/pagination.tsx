import Link from "next/link";
import { cablesHref, type CableFilters } from "@/lib/queries/cable-filters";

const LINK = "rounded border border-stone-300 bg-white px-3 py-1.5 hover:border-amber-600 hover:text-amber-800";
const DISABLED = "rounded border border-stone-200 px-3 py-1.5 text-stone-400";

export function Pagination({ filters, pageCount }: { filters: CableFilters; pageCount: number }) {
  if (pageCount <= 1) return null;
  const { page } = filters;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={cablesHref(filters, { page: Math.min(page - 1, pageCount) })} rel="prev" className={LINK}>
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" className={DISABLED}>
          ← Previous
        </span>
      )}
      <span className="text-stone-600">
        Page {page.toLocaleString("en-US")} of {pageCount.toLocaleString("en-US")}
      </span>
      {page < pageCount ? (
        <Link href={cablesHref(filters, { page: page + 1 })} rel="next" className={LINK}>
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" className={DISABLED}>
          Next →
        </span>
      )}
    </nav>
  );
}
