/**
 * One page of cables matching the filters, newest (or oldest) first, and how many match: the
 * `/cables` search without a query, answered from the facet index (lib/search/facet-index.ts) so a
 * tag or post with tens of thousands of cables pages as fast as a small one. The same pass counts
 * the matching cables per month for a timeline.
 */
import type { CableFilters } from "@/lib/queries/cable-filters";
import type { CableListItem } from "@/lib/queries/cable-list-item";
import type { MonthCount } from "@/lib/queries/origins-timeline-bars";
import { searchArchive } from "@/lib/queries/search-archive";
import type { ValueCount } from "@/lib/queries/tag-counts";

export type CableListPage = {
  items: CableListItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Matching cables per month, oldest first, and those without a date. */
  months: MonthCount[];
  undated: number;
  /** The stored spellings the tag filters matched (case aside), most cables first. */
  tagSpellings: ValueCount[];
};

export async function listCables(filters: CableFilters): Promise<CableListPage> {
  const sort = filters.sort === "asc" ? "asc" : "desc";
  const { items, total, page, pageCount, pageSize, facets } = await searchArchive({ filters, query: null, sort, facetLimit: 0 });
  const { months, undated, tagSpellings } = facets;
  return { items, total, page, pageCount, pageSize, months, undated, tagSpellings };
}
