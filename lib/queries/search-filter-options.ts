/**
 * Every tag and origin of the archive with its cable count, most frequent first: the choices of the
 * list's filter form, read from the facet index (and so computed once per index, not per request).
 */
import { DEFAULT_FILTERS } from "@/lib/queries/cable-filters";
import { searchFacets } from "@/lib/queries/search-facets";
import type { ValueCount } from "@/lib/queries/tag-counts";
import { getSearchDb } from "@/lib/search/connection";
import { getFacetIndex } from "@/lib/search/facet-index";
import { evaluateResultSet } from "@/lib/search/result-set";

export function getFilterOptions(): { tags: ValueCount[]; origins: ValueCount[] } {
  const index = getFacetIndex(getSearchDb());
  const { tags, origins } = searchFacets(index, evaluateResultSet(index, DEFAULT_FILTERS, null), Number.POSITIVE_INFINITY);
  return { tags, origins };
}
