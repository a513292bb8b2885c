/**
 * FTS5 snippets as plain segments: the page renders each one as escaped text and the hits inside
 * <mark>, so nothing from a cable is ever read as HTML. The markers are control characters that
 * cable text does not hold.
 */

export const HIT_START = "\u0002";
export const HIT_END = "\u0003";
export const SNIPPET_ELLIPSIS = "…";

export type SnippetSegment = { text: string; hit: boolean };

/** "…the \u0002coca\u0003 growers…" → […the ] [coca, hit] [ growers…]; whitespace runs become one space. */
export function snippetSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let hit = false;
  for (const part of marked.replace(/\s+/g, " ").split(/([\u0002\u0003])/)) {
    if (part === HIT_START || part === HIT_END) {
      hit = part === HIT_START;
      continue;
    }
    if (part === "") continue;
    const last = segments[segments.length - 1];
    if (last?.hit === hit) last.text += part;
    else segments.push({ text: part, hit });
  }
  return segments;
}

export function hasHit(segments: readonly SnippetSegment[]): boolean {
  return segments.some((segment) => segment.hit);
}
