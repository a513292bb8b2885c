/** Whitespace tidying shared by the field parsers. */

const RUNS_OF_SPACE = /\s+/g;
/** Tokenised text puts spaces around punctuation ("Margulies .", "( b , d )"). */
const SPACE_BEFORE_PUNCTUATION = / (?=[.,;:)])/g;
const SPACE_AFTER_OPENING = /\( /g;
const SPACE = 32;

/**
 * An empty list of strings that V8 takes for one: made by slicing an array of strings (an empty
 * literal is an array of small integers, and code that met both kinds is compiled again).
 */
export const NO_STRINGS: readonly string[] = [""].slice(1);

/** Every run of whitespace (line ends included) as one space, and none at either end. */
export function singleSpaced(text: string): string {
  return text.replace(RUNS_OF_SPACE, " ").trim();
}

/** One line, single spaces, no space before punctuation or after an opening parenthesis. */
export function tidySpacing(text: string): string {
  return text.replace(RUNS_OF_SPACE, " ").replace(SPACE_BEFORE_PUNCTUATION, "").replace(SPACE_AFTER_OPENING, "(").trim();
}

/**
 * Runs of spaces as one space ("text.  Next" -> "text. Next"). Found by plain string search: most
 * telegram paragraphs hold many such runs, and a regex replace or an array of parts costs more.
 */
export function collapseSpaceRuns(text: string): string {
  let at = text.indexOf("  ");
  if (at < 0) return text;
  let collapsed = "";
  let from = 0;
  while (at >= 0) {
    collapsed += text.slice(from, at + 1);
    let end = at + 2;
    while (text.charCodeAt(end) === SPACE) end++;
    from = end;
    at = text.indexOf("  ", end);
  }
  return collapsed + text.slice(from);
}
