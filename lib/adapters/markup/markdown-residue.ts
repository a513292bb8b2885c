/**
 * Markdown residue left by exports that rendered the telegram as links: every tag a link
 * ("[PGOV](#)") and every paragraph mark a footnote-style link ("[1](#)" where "¶" was).
 */

/** The link text an exporter put where the paragraph mark "¶" stood. */
const PARAGRAPH_MARK_RESIDUE = "1";
export const PARAGRAPH_MARK = "¶";

const EMPTY_LINK = /\[([^\[\]\n]{1,80})\]\(#\)/g;

export function stripMarkdownResidue(text: string): string {
  if (!text.includes("](#)")) return text;
  return text.replace(EMPTY_LINK, (_, label: string) => (label === PARAGRAPH_MARK_RESIDUE ? PARAGRAPH_MARK : label));
}
