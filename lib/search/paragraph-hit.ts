/**
 * Which paragraph of a cable a search hit is in, for the result's link to `#para-N`.
 * Words are compared the way the index's tokenizer (unicode61, remove_diacritics 2) sees them:
 * runs of letters and digits, lower case, accents removed.
 */
import type { SearchTerm } from "@/lib/search/query";

export type ParagraphText = { number: string | null; text: string };

const TOKEN = /[\p{L}\p{N}]+/gu;
const COMBINING_MARK = /\p{M}+/gu;

export function indexTokens(text: string): string[] {
  return text.normalize("NFD").replace(COMBINING_MARK, "").toLowerCase().match(TOKEN) ?? [];
}

/** Does the run of tokens starting at `start` spell the term (the last token only begins so for a prefix)? */
function matchesAt(tokens: readonly string[], start: number, words: readonly string[], prefix: boolean): boolean {
  return words.every((word, offset) => {
    const token = tokens[start + offset];
    if (token === undefined) return false;
    return prefix && offset === words.length - 1 ? token.startsWith(word) : token === word;
  });
}

type TermWords = { words: string[]; prefix: boolean };

function containsTerm(tokens: readonly string[], { words, prefix }: TermWords): boolean {
  for (let start = 0; start + words.length <= tokens.length; start++) {
    if (matchesAt(tokens, start, words, prefix)) return true;
  }
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Could the paragraph hold the term? In plain ASCII text (nearly every cable) each of the term's
 * words is then a substring of the lower-cased text; a cheap test that spares tokenizing most
 * paragraphs of a long cable. Other text is always tokenized.
 */
function mayContain(lower: string | null, { words }: TermWords): boolean {
  return lower === null || words.every((word) => lower.includes(word));
}

/**
 * The number of the first paragraph that holds any of the terms and has an anchor on the cable page:
 * a numbered paragraph whose number did not occur before (a later section restarting at 1 anchors
 * nothing). Null when the hits are elsewhere (the subject, the header, an unnumbered heading).
 */
export function firstHitParagraph(paragraphs: readonly ParagraphText[], terms: readonly SearchTerm[]): string | null {
  const termWords = terms.map((term) => ({ words: indexTokens(term.text), prefix: term.prefix })).filter(({ words }) => words.length > 0);
  const seen = new Set<string>();
  for (const { number, text } of paragraphs) {
    if (number === null || seen.has(number)) continue;
    seen.add(number);
    const lower = NON_ASCII.test(text) ? null : text.toLowerCase();
    const candidates = termWords.filter((term) => mayContain(lower, term));
    if (candidates.length === 0) continue;
    const tokens = indexTokens(text);
    if (candidates.some((term) => containsTerm(tokens, term))) return number;
  }
  return null;
}
