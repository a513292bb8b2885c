/**
 * Facet counts and the month timeline of the current result set, as the page and the API show
 * them: tags and origins most frequent first (the top `limit`), every classification by count,
 * years newest first, months oldest first; and which stored spellings the tag filters matched.
 */
import type { MonthCount } from "@/lib/queries/origins-timeline-bars";
import { byCountThenValue, type ValueCount } from "@/lib/queries/tag-counts";
import { foldTag } from "@/lib/search/result-set";
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
  /** The stored spellings the tag filters matched, case aside, with the cables of the set carrying each. */
  tagSpellings: ValueCount[];
};

/** How many tags and origins a facet lists by default. */
export const FACET_LIMIT = 20;

/** The non-zero counts, most frequent first (ties by value), at most `limit`; index 0 is "unknown". */
function topCounts(values: readonly string[], counts: Uint32Array, limit: number): ValueCount[] {
  const found: ValueCount[] = [];
  for (let id = 1; id < counts.length; id++) if (counts[id] > 0) found.push({ value: values[id], count: counts[id] });
  return found.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit);
}

function spellingsOf(index: FacetIndex, set: ResultSet, tags: readonly string[]): ValueCount[] {
  if (tags.length === 0) return [];
  const wanted = new Set(tags.map(foldTag));
  const found: ValueCount[] = [];
  for (let id = 1; id < index.tags.length; id++) {
    if (set.tagCounts[id] > 0 && wanted.has(foldTag(index.tags[id]))) found.push({ value: index.tags[id], count: set.tagCounts[id] });
  }
  return found.sort(byCountThenValue);
}

function monthName(month: number): string {
  return `${Math.floor(month / 100)}-${String(month % 100).padStart(2, "0")}`;
}

export function searchFacets(index: FacetIndex, set: ResultSet, limit = FACET_LIMIT, filterTags: readonly string[] = []): SearchFacets {
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
    tagSpellings: spellingsOf(index, set, filterTags),
  };
}
