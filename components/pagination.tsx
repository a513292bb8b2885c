import Link from "next/link";

const LINK = "rounded border border-stone-300 bg-white px-3 py-1.5 hover:border-amber-600 hover:text-amber-800";
const DISABLED = "rounded border border-stone-200 px-3 py-1.5 text-stone-400";

/** A page's own URL with `?page=N` (page 1 left out, so the first page has one address). */
export function pageHref(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}

/** Previous / next links for a paginated list; `hrefFor` gives the URL of a page. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className={LINK}>
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
        <Link href={hrefFor(page + 1)} rel="next" className={LINK}>
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
