/**
 * Every tag with the number of cables that carry it, most used first, as the tag pages and the list
 * filter match tags: case aside ("PGOV" and "pgov" are one tag, lib/search/result-set.ts). Read from
 * the facet index, the same snapshot the lists the counts link to are drawn from, so a count and the
 * list behind it agree.
 */
import { perFacetIndex } from "@/lib/queries/per-facet-index";
import type { FacetIndex } from "@/lib/search/facet-index";
import { foldTag } from "@/lib/search/result-set";

export type ValueCount = { value: string; count: number };

/** A tag as one: its most used spelling, the cables carrying any spelling, and each stored spelling. */
export type TagCount = ValueCount & { spellings: ValueCount[] };

/** Most cables first, ties by value in code-unit order (capitals first: "ECONOMY" before "Economy"). */
export function byCountThenValue(a: ValueCount, b: ValueCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/**
 * One pass over every cable's tags: each spelling's count, and each folded tag's count of cables
 * (a cable carrying two spellings of a tag counts once).
 */
export function countTags(index: FacetIndex): TagCount[] {
  const foldIds = new Map<string, number>();
  const foldOf = new Uint32Array(index.tags.length);
  index.tags.forEach((tag, id) => {
    if (id === 0) return;
    const key = foldTag(tag);
    if (!foldIds.has(key)) foldIds.set(key, foldIds.size);
    foldOf[id] = foldIds.get(key)!;
  });
  const spellingCounts = new Uint32Array(index.tags.length);
  const foldCounts = new Uint32Array(foldIds.size);
  /** The last position (plus one) counted for each folded tag. */
  const countedAt = new Int32Array(foldIds.size);
  for (let position = 0; position < index.size; position++) {
    for (let at = index.tagStart[position]; at < index.tagStart[position + 1]; at++) {
      const id = index.tagIds[at];
      spellingCounts[id]++;
      if (countedAt[foldOf[id]] === position + 1) continue;
      countedAt[foldOf[id]] = position + 1;
      foldCounts[foldOf[id]]++;
    }
  }
  const spellings: ValueCount[][] = Array.from({ length: foldIds.size }, () => []);
  index.tags.forEach((value, id) => {
    if (id > 0 && spellingCounts[id] > 0) spellings[foldOf[id]].push({ value, count: spellingCounts[id] });
  });
  return spellings
    .flatMap((found, fold) => {
      if (found.length === 0) return [];
      found.sort(byCountThenValue);
      return [{ value: found[0].value, count: foldCounts[fold], spellings: found }];
    })
    .sort(byCountThenValue);
}

/** The archive's tags; shared between callers: read, never change. */
export const getTagCounts = perFacetIndex(countTags);
