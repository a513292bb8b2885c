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

export type CableListPage = {
  items: CableListItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Matching cables per month, oldest first, and those without a date. */
  months: MonthCount[];
  undated: number;
};

export async function listCables(filters: CableFilters): Promise<CableListPage> {
  const sort = filters.sort === "asc" ? "asc" : "desc";
  const { items, total, page, pageCount, pageSize, facets } = await searchArchive({ filters, query: null, sort, facetLimit: 0 });
  return { items, total, page, pageCount, pageSize, months: facets.months, undated: facets.undated };
}
