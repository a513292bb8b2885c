/**
 * Lists after a keyword: "A", "A and B", "B, C", "A - D", "3-4", "5 through 7". Every pattern is
 * sticky and free of nested quantifiers, and each step consumes what it matched, so reading a list
 * is linear in its length.
 */

/** Between two items. Ranges ("A - D") link their two ends, like lists. */
const SEPARATOR = /\s*(?:,|&|\/|-|–|—|and\b|or\b|through\b|thru\b|to\b)\s*/iy;
/** After an item, a word that is not a separator: "REF A, A DELEGATION" ends the list after "A,". */
const NEXT_WORD = /\s+([A-Za-z]{2,})/y;
const SEPARATOR_WORDS = new Set(["and", "or", "through", "thru", "to"]);
const WORD_CHAR = /[A-Za-z0-9]/;

export type Item = { start: number; end: number; value: string };

export interface ItemGrammar {
  /** Sticky pattern of one item: a label letter, a paragraph number. */
  item: RegExp;
  /** Whether a later item is one this text can mean (a label the REF list has). */
  accepts(value: string): boolean;
  /**
   * An item after a comma followed by an ordinary word is prose, not a list item. True for letter
   * labels, which collide with the article "A" in all-capitals text.
   */
  proseAfterComma: boolean;
}

/** The item at `position`, whole: not followed by a letter or digit ("REF AB" is no label). */
function readItem(text: string, position: number, grammar: ItemGrammar): Item | null {
  grammar.item.lastIndex = position;
  const match = grammar.item.exec(text);
  if (!match) return null;
  const end = position + match[0].length;
  if (end < text.length && WORD_CHAR.test(text[end])) return null;
  return { start: position, end, value: match[0] };
}

function followedByProse(text: string, position: number): boolean {
  NEXT_WORD.lastIndex = position;
  const match = NEXT_WORD.exec(text);
  return match !== null && !SEPARATOR_WORDS.has(match[1].toLowerCase());
}

/** The items from `position` (leading blanks skipped), or null when no item starts there. */
export function readItemList(text: string, position: number, grammar: ItemGrammar): Item[] | null {
  let cursor = position;
  while (cursor < text.length && (text[cursor] === " " || text[cursor] === "\t" || text[cursor] === "\n")) cursor++;
  const first = readItem(text, cursor, grammar);
  if (!first) return null;
  const items = [first];
  for (;;) {
    const from = items[items.length - 1].end;
    SEPARATOR.lastIndex = from;
    const separator = SEPARATOR.exec(text);
    if (!separator) break;
    const next = readItem(text, from + separator[0].length, grammar);
    if (!next || !grammar.accepts(next.value)) break;
    if (grammar.proseAfterComma && separator[0].includes(",") && followedByProse(text, next.end)) break;
    items.push(next);
  }
  return items;
}
