/**
 * How much of an archive's tagging the glossary explains: distinct tags, occurrences, the share of
 * occurrences with a known meaning, counts per kind and the most frequent tags still unexplained.
 */
import { describeTag, TAG_KINDS, type TagKind } from "./index";

export interface CoverageReport {
  distinctTags: number;
  occurrences: number;
  explainedOccurrences: number;
  explainedDistinct: number;
  /** Occurrences per kind. */
  byKind: Record<TagKind, number>;
  /** Unexplained tags, most frequent first. */
  unexplained: Array<{ tag: string; count: number }>;
}

export function coverageOf(tagCounts: ReadonlyMap<string, number>): CoverageReport {
  const byKind = Object.fromEntries(TAG_KINDS.map((kind) => [kind, 0])) as Record<TagKind, number>;
  const unexplained: CoverageReport["unexplained"] = [];
  let occurrences = 0;
  let explainedOccurrences = 0;
  let explainedDistinct = 0;
  for (const [tag, count] of tagCounts) {
    const description = describeTag(tag);
    occurrences += count;
    byKind[description.kind] += count;
    if (description.meaning === null) {
      unexplained.push({ tag, count });
    } else {
      explainedOccurrences += count;
      explainedDistinct += 1;
    }
  }
  unexplained.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  return { distinctTags: tagCounts.size, occurrences, explainedOccurrences, explainedDistinct, byKind, unexplained };
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)} %`;
}
