/**
 * Removes the presentation tags the HTML formats wrap around telegram text, keeping their content.
 * Only the tags in MARKUP_TAGS are markup: any other "<...>" is cable text (cables quote HTML and
 * use angle brackets) and is kept, to be escaped when rendered.
 */

/** Tags the Cablegate site and the NER dump use inside the telegram's <pre> block. */
const MARKUP_TAGS = ["a", "b", "br", "code", "em", "font", "i", "pre", "span", "strong", "u"] as const;

const TAG = new RegExp(`</?(?:${MARKUP_TAGS.join("|")})(?:\\s[^<>]*)?/?>`, "gi");

export function stripMarkupTags(html: string): string {
  return html.includes("<") ? html.replace(TAG, "") : html;
}
