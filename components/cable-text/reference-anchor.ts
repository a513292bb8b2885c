/**
 * Anchors of the REF list entries: `ref-A` by label; by place (`ref-3`) for an entry without a label
 * or one repeating an earlier entry's label (real REF lists do: "A. ... A. ..."), so ids stay unique.
 */
export function referenceAnchors(references: readonly { label: string | null }[]): string[] {
  const seen = new Set<string>();
  return references.map(({ label }, index) => {
    if (label === null || seen.has(label)) return `ref-${index + 1}`;
    seen.add(label);
    return `ref-${label}`;
  });
}
