/**
 * "REF A", "ref E", "(Ref B, C)", "refs C and D", "Refs A - D": each label the REF list has links to
 * its reference (the first together with the keyword, so the link reads "ref E"). A label the list
 * lacks stays text. "REF A PARA 3" names a paragraph of the cited cable: it is read here so that it
 * is not taken for a paragraph of this one.
 */
import { readItemList, type ItemGrammar } from "@/lib/linkify/item-list";
import { PARAGRAPH_NUMBERS } from "@/lib/linkify/para-mention";
import { referenceLink, type Construct, type LinkContext, type Link } from "@/lib/linkify/segment";

/** REF labels are single capitals; "ref a" in mixed-case prose is the article. */
const LABEL = /[A-Z]/y;
const CITED_PARAGRAPH = /,?\s*para(?:graph)?s?\b\.?/iy;

function labelGrammar(context: LinkContext): ItemGrammar {
  return { item: LABEL, accepts: (label) => context.labelIndex.has(label), proseAfterComma: true };
}

/** Reads labels from `keyword.end`; null when none follows. */
export function readLabelledMention(text: string, keyword: { start: number; end: number }, context: LinkContext) {
  const items = readItemList(text, keyword.end, labelGrammar(context));
  if (!items) return null;
  const links: Link[] = [];
  items.forEach((item, position) => {
    const index = context.labelIndex.get(item.value);
    if (index !== undefined) links.push(referenceLink(context, index, position === 0 ? keyword.start : item.start, item.end));
  });
  let end = items[items.length - 1].end;
  CITED_PARAGRAPH.lastIndex = end;
  const paragraph = CITED_PARAGRAPH.exec(text);
  if (paragraph) {
    const numbers = readItemList(text, end + paragraph[0].length, PARAGRAPH_NUMBERS);
    if (numbers) end = numbers[numbers.length - 1].end;
  }
  return { links, end };
}

export const readRefMention: Construct = readLabelledMention;
