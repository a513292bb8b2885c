/**
 * Facet counts and the month timeline of the current result set, as the page and the API show
 * them: tags (each by its most used spelling, counting the cables with any) and origins most
 * frequent first (the top `limit`), every classification by count, years newest first, months
 * oldest first; and which stored spellings the tag filters matched.
 */
import type { MonthCount } from "@/lib/queries/origins-timeline-bars";
import { byCountThenValue, type ValueCount } from "@/lib/queries/tag-counts";
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

type Order = (a: ValueCount, b: ValueCount) => number;

/** Origins and classifications: most frequent first, ties alphabetical as a reader sorts. */
const byCountThenName: Order = (a, b) => b.count - a.count || a.value.localeCompare(b.value);

/** The non-zero counts in `order`, at most `limit`; index 0 is "unknown". */
function topCounts(values: readonly string[], counts: Uint32Array, limit: number, order: Order): ValueCount[] {
  const found: ValueCount[] = [];
  for (let id = 1; id < counts.length; id++) if (counts[id] > 0) found.push({ value: values[id], count: counts[id] });
  return found.sort(order).slice(0, limit);
}

/**
 * The set's cables per stored spelling of the filters' tags. A tag stored one way has its folded
 * tag's count; only one stored several ways takes a pass over the set (which that tag narrows).
 */
function spellingsOf(index: FacetIndex, set: ResultSet, tags: readonly string[]): ValueCount[] {
  if (tags.length === 0) return [];
  const wanted = new Set(tags.map(index.foldOf));
  const ids: number[] = [];
  for (let id = 1; id < index.tags.length; id++) if (wanted.has(index.tagFold[id])) ids.push(id);
  const counts = new Uint32Array(index.tags.length);
  if (ids.length === wanted.size) for (const id of ids) counts[id] = set.foldCounts[index.tagFold[id]];
  else for (const position of set.positions) for (let at = index.tagStart[position]; at < index.tagStart[position + 1]; at++) counts[index.tagIds[at]]++;
  return ids.flatMap((id) => (counts[id] > 0 ? [{ value: index.tags[id], count: counts[id] }] : [])).sort(byCountThenValue);
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
    // One entry a tag, its spellings as one, named and tied as /tags names and orders it.
    tags: topCounts(index.foldNames, set.foldCounts, limit, byCountThenValue),
    origins: topCounts(index.origins, set.originCounts, limit, byCountThenName),
    classifications: topCounts(index.classifications, set.classificationCounts, index.classifications.length, byCountThenName),
    years: [...years].map(([value, count]) => ({ value, count })).reverse(),
    months,
    undated: set.undated,
    tagSpellings: spellingsOf(index, set, filterTags),
  };
}
