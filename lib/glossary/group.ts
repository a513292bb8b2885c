/** The archive's tags with their meanings and counts, grouped by kind in the glossary's order. */
import { describeTag, TAG_KINDS, TAG_KIND_LABELS, type TagDescription, type TagKind } from "./index";

export type GlossaryItem = TagDescription & { count: number };
export type GlossaryGroup = { kind: TagKind; label: string; items: GlossaryItem[]; occurrences: number };

/** Groups in TAG_KINDS order (empty ones left out); inside a group the most used tags first, ties as given. */
export function groupTagsByKind(counts: ReadonlyArray<{ value: string; count: number }>): GlossaryGroup[] {
  const byKind = new Map<TagKind, GlossaryItem[]>(TAG_KINDS.map((kind) => [kind, []]));
  for (const { value, count } of counts) {
    const description = describeTag(value);
    byKind.get(description.kind)!.push({ ...description, tag: value, count });
  }
  return TAG_KINDS.flatMap((kind) => {
    // Stable: tied tags keep the order the counts came in (tag-counts.ts: code-unit order, as the facets).
    const items = byKind.get(kind)!.sort((a, b) => b.count - a.count);
    if (items.length === 0) return [];
    return [{ kind, label: TAG_KIND_LABELS[kind], items, occurrences: items.reduce((sum, item) => sum + item.count, 0) }];
  });
}
