/** Whitespace tidying shared by the field parsers. */

const RUNS_OF_SPACE = /\s+/g;
/** Tokenised text puts spaces around punctuation ("Margulies .", "( b , d )"). */
const SPACE_BEFORE_PUNCTUATION = / (?=[.,;:)])/g;
const SPACE_AFTER_OPENING = /\( /g;

/** One line, single spaces, no space before punctuation or after an opening parenthesis. */
export function tidySpacing(text: string): string {
  return text.replace(RUNS_OF_SPACE, " ").replace(SPACE_BEFORE_PUNCTUATION, "").replace(SPACE_AFTER_OPENING, "(").trim();
}
