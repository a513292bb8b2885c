/** Anchor of a REF list entry: `ref-A` by its label, `ref-3` by its place when it has none. */
export function referenceAnchor(label: string | null, index: number): string {
  return label === null ? `ref-${index + 1}` : `ref-${label}`;
}
