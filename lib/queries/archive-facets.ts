/**
 * The whole archive counted by tag, origin, classification and year: the home page's ways into the
 * archive and the list's filter choices. Read from the facet index, the snapshot the lists they link
 * to are drawn from, so each count is its list's total. Unknown origins and classifications and
 * undated cables are left out: there is no link to give them. A year is the year of the date (not
 * of the id), as the date range it links to.
 */
import { DEFAULT_FILTERS } from "@/lib/queries/cable-filters";
import { perFacetIndex } from "@/lib/queries/per-facet-index";
import { searchFacets } from "@/lib/queries/search-facets";
import { evaluateResultSet } from "@/lib/search/result-set";

/** Every value of each facet: most cables first (years newest first); shared between callers: read, never change. */
export const getArchiveFacets = perFacetIndex((index) =>
  searchFacets(index, evaluateResultSet(index, DEFAULT_FILTERS, null), Number.POSITIVE_INFINITY),
);
