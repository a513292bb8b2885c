/**
 * Lists after a keyword: "A", "A and B", "B, C", "A - D", "(A)", "3-4", "5 through 7". Every pattern
 * is sticky and free of nested quantifiers, and each step consumes what it matched, so reading a
 * list is linear in its length.
 */

/** Between two items. Ranges ("A - D") link their two ends, like lists. */
const SEPARATOR = /\s*(?:,|&|\/|-|–|—|and\b|or\b|through\b|thru\b|to\b)\s*/iy;
const BLANKS = /\s*/y;
/** A word after an item: "REF A, A DELEGATION", "a ref a day". */
const NEXT_WORD = /\s+([A-Za-z]{2,})/y;
const SEPARATOR_WORDS = new Set(["and", "or", "through", "thru", "to"]);
const WORD_CHAR = /[A-Za-z0-9]/;

export type Item = { start: number; end: number; value: string };

export interface ItemGrammar {
  /** Sticky pattern of one item: a label letter, a paragraph number. */
  item: RegExp;
  /** The item's value as written → as the cable knows it: "(a)" → "A". */
  normalize(raw: string): string;
  /** Whether a later item is one this text can mean (a label the REF list has). */
  accepts(value: string): boolean;
  /**
   * Whether an item could as well be a word of prose, given the separator before it (null for the
   * first): then it counts only when no ordinary word follows it.
   */
  isAmbiguous(raw: string, separator: string | null): boolean;
}

/** The item at `position`, whole: not followed by a letter or digit ("REF AB" is no label). */
function readItem(text: string, position: number, grammar: ItemGrammar): { raw: string; item: Item } | null {
  grammar.item.lastIndex = position;
  const match = grammar.item.exec(text);
  if (!match) return null;
  const end = position + match[0].length;
  if (end < text.length && WORD_CHAR.test(text[end])) return null;
  return { raw: match[0], item: { start: position, end, value: grammar.normalize(match[0]) } };
}

function followedByProse(text: string, position: number): boolean {
  NEXT_WORD.lastIndex = position;
  const match = NEXT_WORD.exec(text);
  return match !== null && !SEPARATOR_WORDS.has(match[1].toLowerCase());
}

/**
 * The items from `position` (leading blanks skipped), or null when no item starts there.
 * `ambiguousFirst`: the first item, too, must not run on into prose ("ref. A new law").
 */
export function readItemList(text: string, position: number, grammar: ItemGrammar, ambiguousFirst = false): Item[] | null {
  BLANKS.lastIndex = position;
  BLANKS.exec(text);
  const first = readItem(text, BLANKS.lastIndex, grammar);
  if (!first) return null;
  if ((ambiguousFirst || grammar.isAmbiguous(first.raw, null)) && followedByProse(text, first.item.end)) return null;
  const items = [first.item];
  for (;;) {
    const from = items[items.length - 1].end;
    SEPARATOR.lastIndex = from;
    const separator = SEPARATOR.exec(text);
    if (!separator) break;
    const next = readItem(text, from + separator[0].length, grammar);
    if (!next || !grammar.accepts(next.item.value)) break;
    if (grammar.isAmbiguous(next.raw, separator[0]) && followedByProse(text, next.item.end)) break;
    items.push(next.item);
  }
  return items;
}
