/**
 * Facet counts and the month timeline of the current result set, as the page and the API show
 * them: tags and origins most frequent first (the top `limit`), every classification by count,
 * years newest first, months oldest first.
 */
import type { MonthCount } from "@/lib/queries/origins-timeline-bars";
import type { ValueCount } from "@/lib/queries/tag-counts";
import type { FacetIndex } from "@/lib/search/facet-index";
import type { ResultSet } from "@/lib/search/result-set";

export type SearchFacets = {
  total: number;
  tags: ValueCount[];
  origins: ValueCount[];
  classifications: ValueCount[];
  years: ValueCount[];
  /** Cables per month ("2007-01"), oldest first; `undated` counts those without a date. */
  months: MonthCount[];
  undated: number;
};

/** How many tags and origins a facet lists by default. */
export const FACET_LIMIT = 20;

/** The non-zero counts, most frequent first (ties by value), at most `limit`; index 0 is "unknown". */
function topCounts(values: readonly string[], counts: Uint32Array, limit: number): ValueCount[] {
  const found: ValueCount[] = [];
  for (let id = 1; id < counts.length; id++) if (counts[id] > 0) found.push({ value: values[id], count: counts[id] });
  return found.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit);
}

function monthName(month: number): string {
  return `${Math.floor(month / 100)}-${String(month % 100).padStart(2, "0")}`;
}

export function searchFacets(index: FacetIndex, set: ResultSet, limit = FACET_LIMIT): SearchFacets {
  const months = [...set.monthCounts].sort(([a], [b]) => a - b).map(([month, count]) => ({ month: monthName(month), count }));
  const years = new Map<string, number>();
  for (const { month, count } of months) years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + count);
  return {
    total: set.positions.length,
    tags: topCounts(index.tags, set.tagCounts, limit),
    origins: topCounts(index.origins, set.originCounts, limit),
    classifications: topCounts(index.classifications, set.classificationCounts, index.classifications.length),
    years: [...years].map(([value, count]) => ({ value, count })).reverse(),
    months,
    undated: set.undated,
  };
}
