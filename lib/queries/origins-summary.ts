/**
 * Every post (origin) with its number of cables and the first and last days it wrote, most cables
 * first: one pass over the facet index, the snapshot each post's list is drawn from.
 */
import { isoDay, perFacetIndex } from "@/lib/queries/per-facet-index";
import type { FacetIndex } from "@/lib/search/facet-index";

export type OriginSummary = {
  origin: string;
  count: number;
  /** ISO days of the earliest and latest dated cable; null when none of its cables has a date. */
  firstDate: string | null;
  lastDate: string | null;
};

/** Positions run in date order, undated last: a post's first dated position is its first day. */
function summarizeOrigins(index: FacetIndex): OriginSummary[] {
  const counts = new Uint32Array(index.origins.length);
  const first = new Int32Array(index.origins.length);
  const last = new Int32Array(index.origins.length);
  for (let position = 0; position < index.size; position++) {
    const origin = index.origin[position];
    const day = index.day[position];
    counts[origin]++;
    if (day === 0) continue;
    if (first[origin] === 0) first[origin] = day;
    last[origin] = day;
  }
  const summaries: OriginSummary[] = [];
  // Id 0 is "origin unknown": no post to link to.
  for (let origin = 1; origin < index.origins.length; origin++) {
    if (counts[origin] === 0) continue;
    const dated = first[origin] > 0;
    summaries.push({
      origin: index.origins[origin],
      count: counts[origin],
      firstDate: dated ? isoDay(first[origin]) : null,
      lastDate: dated ? isoDay(last[origin]) : null,
    });
  }
  return summaries.sort((a, b) => b.count - a.count || a.origin.localeCompare(b.origin));
}

export const getOriginSummaries = perFacetIndex(summarizeOrigins);
