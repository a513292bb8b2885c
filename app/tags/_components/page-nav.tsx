import Link from "next/link";
import { z } from "zod";

/** Page numbers beyond this are nonsense for 250,000 cables at 50 a page. */
const MAX_PAGE = 100_000;
const PageParam = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

/** The `page` query parameter; anything but a sensible page number reads as page 1. */
export function pageFromParams(raw: string | string[] | undefined): number {
  return PageParam.parse(Array.isArray(raw) ? raw[0] : raw);
}

/** A page's own URL with `?page=N` (page 1 left out, so the first page has one address). */
export function pageHref(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}

const LINK = "rounded border border-stone-300 bg-white px-3 py-1.5 hover:border-amber-600 hover:text-amber-800";
const DISABLED = "rounded border border-stone-200 px-3 py-1.5 text-stone-400";

/** Previous / next links for a paginated list at `path`. */
export function PageNav({ path, page, pageCount }: { path: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={pageHref(path, Math.min(page - 1, pageCount))} rel="prev" className={LINK}>
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
        <Link href={pageHref(path, page + 1)} rel="next" className={LINK}>
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
