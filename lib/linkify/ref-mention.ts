/**
 * "REF A", "ref E", "(Ref B, C)", "refs C and D", "Refs A - D", "(ref. G)", "REFTEL (C)": each label
 * the REF list has links to its reference (the first together with the keyword, so the link reads
 * "ref E"). A label the list lacks stays text. "REF A PARA 3" names a paragraph of the cited cable:
 * it is read here so that it is not taken for a paragraph of this one.
 */
import { readItemList, type ItemGrammar } from "@/lib/linkify/item-list";
import { PARAGRAPH_NUMBERS } from "@/lib/linkify/para-mention";
import { referenceLink, type Link, type LinkContext, type Mention } from "@/lib/linkify/segment";

/** A label: "A", "a" (mixed-case cables), "(A)". */
const LABEL = /\([A-Za-z]\)|[A-Za-z]/y;
const LOWER_CASE = /^[a-z]$/;
const ABBREVIATION_DOT = /\./y;
const CITED_PARAGRAPH = /,?\s*para(?:graph)?s?\b\.?/iy;

function labelGrammar(context: LinkContext): ItemGrammar {
  return {
    item: LABEL,
    normalize: (raw) => raw.replace(/[()]/g, "").toUpperCase(),
    accepts: (label) => context.labelIndex.has(label),
    // "a" is the article in mixed case; "A" after a comma may be ("REF A, A DELEGATION").
    isAmbiguous: (raw, separator) => LOWER_CASE.test(raw) || (separator?.includes(",") ?? false),
  };
}

/** Past "PARA 3" / ", paras 2-4" right after a reference: that cable's paragraphs, not this one's. */
export function endOfCitedParagraphs(text: string, position: number): number {
  CITED_PARAGRAPH.lastIndex = position;
  const paragraph = CITED_PARAGRAPH.exec(text);
  if (!paragraph) return position;
  const numbers = readItemList(text, position + paragraph[0].length, PARAGRAPH_NUMBERS);
  return numbers ? numbers[numbers.length - 1].end : position;
}

/** Reads labels after the keyword (and an abbreviating dot); null when none follows. */
export function readLabelledMention(text: string, keyword: { start: number; end: number }, context: LinkContext): Mention | null {
  ABBREVIATION_DOT.lastIndex = keyword.end;
  const dotted = ABBREVIATION_DOT.test(text);
  const items = readItemList(text, dotted ? keyword.end + 1 : keyword.end, labelGrammar(context), dotted);
  if (!items) return null;
  const links: Link[] = [];
  items.forEach((item, position) => {
    const index = context.labelIndex.get(item.value);
    if (index !== undefined) links.push(referenceLink(context, index, position === 0 ? keyword.start : item.start, item.end));
  });
  return { links, end: endOfCitedParagraphs(text, items[items.length - 1].end) };
}

