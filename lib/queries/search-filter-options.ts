/**
 * The archive's tags and origins with their cable counts, most frequent first (the first `limit` of
 * each): the choices of the list's filter form, read from the facet index, so computed once per
 * index and not per request.
 */
import { DEFAULT_FILTERS } from "@/lib/queries/cable-filters";
import { searchFacets } from "@/lib/queries/search-facets";
import type { ValueCount } from "@/lib/queries/tag-counts";
import { getReadDb } from "@/lib/db/read-connection";
import { getFacetIndex } from "@/lib/search/facet-index";
import { evaluateResultSet } from "@/lib/search/result-set";

export function getFilterOptions(limit = Number.POSITIVE_INFINITY): { tags: ValueCount[]; origins: ValueCount[] } {
  const index = getFacetIndex(getReadDb());
  const { tags, origins } = searchFacets(index, evaluateResultSet(index, DEFAULT_FILTERS, null), limit);
  return { tags, origins };
}
