/**
 * The current result set over the facet index: the cables that pass the list's filters (and, with a
 * query, are among its full-text matches), in date order, with their counts per tag (its spellings as one), origin,
 * classification and month, all from one pass.
 */
import type { CableFilters } from "@/lib/queries/cable-filters";
import { dayNumber, type FacetIndex } from "@/lib/search/facet-index";

export type SetFilters = Pick<CableFilters, "tag" | "origin" | "classification" | "from" | "to">;

export type ResultSet = {
  /** Positions in the facet index, oldest first, undated last. */
  positions: Int32Array;
  /** Cables per folded tag, indexed like the facet index's foldNames: a cable with two spellings counts once. */
  foldCounts: Uint32Array;
  /** Counts indexed like the facet index's origins and classifications. */
  originCounts: Uint32Array;
  classificationCounts: Uint32Array;
  /** Cables per month, keyed YYYYMM. */
  monthCounts: Map<number, number>;
  undated: number;
};

/** Each required tag as its folded tag: "COUNTRY VISITS" finds "Country Visits" (facet-index.ts foldTag). */
type Compiled = { folds: number[]; origin: number; classification: number; from: number; to: number } | null;

/** Filter values as index ids; null when a value no cable has makes the set empty. */
function compile(index: FacetIndex, filters: SetFilters): Compiled {
  const idOf = (values: string[], value: string | undefined) => (value === undefined ? 0 : values.indexOf(value));
  const folds = filters.tag.map(index.foldOf);
  const origin = idOf(index.origins, filters.origin);
  const classification = idOf(index.classifications, filters.classification);
  if (folds.includes(0) || origin < 0 || classification < 0) return null;
  return {
    folds,
    origin,
    classification,
    from: filters.from ? dayNumber(filters.from) : 0,
    to: filters.to ? dayNumber(filters.to) : 0,
  };
}

function hasFold(index: FacetIndex, position: number, fold: number): boolean {
  for (let at = index.tagStart[position]; at < index.tagStart[position + 1]; at++) if (index.cableFolds[at] === fold) return true;
  return false;
}

/** The whole archive's set, the landing page's, computed once per facet index. */
const wholeArchive = new WeakMap<FacetIndex, ResultSet>();

/** Whether any filter narrows the archive. */
export function hasSetFilters(filters: SetFilters): boolean {
  return filters.tag.length > 0 || [filters.origin, filters.classification, filters.from, filters.to].some((value) => value !== undefined);
}

/**
 * `candidates`: the query's matches as positions in ascending order, or null for every cable.
 * The result is shared (the whole archive's is cached): callers read it, never change it.
 */
export function evaluateResultSet(index: FacetIndex, filters: SetFilters, candidates: Int32Array | null): ResultSet {
  const everything = candidates === null && !hasSetFilters(filters);
  const cached = everything ? wholeArchive.get(index) : undefined;
  if (cached) return cached;
  const set: ResultSet = {
    positions: new Int32Array(0),
    foldCounts: new Uint32Array(index.foldNames.length),
    originCounts: new Uint32Array(index.origins.length),
    classificationCounts: new Uint32Array(index.classifications.length),
    monthCounts: new Map(),
    undated: 0,
  };
  const rule = compile(index, filters);
  if (rule === null) return set;
  const limit = candidates ? candidates.length : index.size;
  const kept = new Int32Array(limit);
  let count = 0;
  let runMonth = 0;
  let runCount = 0;
  for (let i = 0; i < limit; i++) {
    const p = candidates ? candidates[i] : i;
    const day = index.day[p];
    if (rule.origin && index.origin[p] !== rule.origin) continue;
    if (rule.classification && index.classification[p] !== rule.classification) continue;
    if (rule.from && (day === 0 || day < rule.from)) continue;
    if (rule.to && (day === 0 || day > rule.to)) continue;
    if (rule.folds.length > 0 && !rule.folds.every((fold) => hasFold(index, p, fold))) continue;
    kept[count++] = p;
    set.originCounts[index.origin[p]]++;
    set.classificationCounts[index.classification[p]]++;
    // Slot 0 takes a cable's repeated folds: each cable counts once a folded tag.
    for (let at = index.tagStart[p]; at < index.tagStart[p + 1]; at++) set.foldCounts[index.cableFolds[at]]++;
    if (day === 0) set.undated++;
    else {
      // Positions ascend in date order, so a month's cables come in one run: count the run.
      const month = Math.floor(day / 100);
      if (month !== runMonth) {
        if (runCount > 0) set.monthCounts.set(runMonth, runCount);
        runMonth = month;
        runCount = 0;
      }
      runCount++;
    }
  }
  if (runCount > 0) set.monthCounts.set(runMonth, runCount);
  set.positions = kept.subarray(0, count);
  if (everything) wholeArchive.set(index, set);
  return set;
}
