/**
 * Every tag with the number of cables that carry it, most used first, as the tag pages and the list
 * filter match tags: case aside ("PGOV" and "pgov" are one tag, foldTag in lib/search/facet-index.ts).
 * Read from the facet index, the same snapshot the lists the counts link to are drawn from, so a
 * count and the list behind it agree.
 */
import { DEFAULT_FILTERS } from "@/lib/queries/cable-filters";
import { perFacetIndex } from "@/lib/queries/per-facet-index";
import type { FacetIndex } from "@/lib/search/facet-index";
import { evaluateResultSet } from "@/lib/search/result-set";

export type ValueCount = { value: string; count: number };

/** A tag as one: its most used spelling, the cables carrying any spelling, and each stored spelling. */
type TagCount = ValueCount & { spellings: ValueCount[] };

/** Most cables first, ties by value in code-unit order (capitals first: "ECONOMY" before "Economy"). */
export function byCountThenValue(a: ValueCount, b: ValueCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** Each folded tag of the facet index with its spellings; a cable carrying two spellings counts once. */
function countTags(index: FacetIndex): TagCount[] {
  const { foldCounts } = evaluateResultSet(index, DEFAULT_FILTERS, null);
  const spellings: ValueCount[][] = index.foldNames.map(() => []);
  index.tags.forEach((value, id) => {
    if (id > 0 && index.tagCables[id] > 0) spellings[index.tagFold[id]].push({ value, count: index.tagCables[id] });
  });
  return spellings
    .flatMap((found, fold) => (found.length === 0 ? [] : [{ value: index.foldNames[fold], count: foldCounts[fold], spellings: found.sort(byCountThenValue) }]))
    .sort(byCountThenValue);
}

/** The archive's tags; shared between callers: read, never change. */
export const getTagCounts = perFacetIndex(countTags);
