/**
 * The classification authority line: who classified the cable and for which reason
 * ("Classified By: PolCouns Alexander Margulies. Reason: 1.4 (b, d)"), often over two lines.
 */
import { CLASSIFIED_BY, MARKING_BEFORE } from "./header-keywords";
import { tidySpacing } from "./text";

/** The keyword, its colon and blanks, written once or (a repeated header) twice. */
const KEYWORD = new RegExp(`^${MARKING_BEFORE}(?:${CLASSIFIED_BY}\\s*:?\\s*)+`, "i");
/** "Reason:", ", reasons", "for reasons", and a line break inside the word ("reaso ns"). */
const REASON = /[,.;]?\s*(?:\bfor\s+)?\breas ?o ?ns?\b\s*:?\s*/i;
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

export interface ClassifiedBy {
  classifiedBy: string | null;
  reason: string | null;
}

function orNull(text: string): string | null {
  const tidy = tidySpacing(text).replace(TRAILING_PUNCTUATION, "");
  return tidy === "" ? null : tidy;
}

export function parseClassifiedBy(lines: readonly string[]): ClassifiedBy {
  const text = lines.join(" ").replace(KEYWORD, "");
  const m = REASON.exec(text);
  if (!m) return { classifiedBy: orNull(text), reason: null };
  return { classifiedBy: orNull(text.slice(0, m.index)), reason: orNull(text.slice(m.index + m[0].length)) };
}
