/**
 * "para 6", "(see para 6)", "paras 3-4", "paragraphs 2 and 5": each number this cable has a paragraph
 * for links to it; "para 3 of reftel" is another cable's paragraph and stays text.
 */
import type { ItemGrammar } from "@/lib/linkify/item-list";
import { readItemList } from "@/lib/linkify/item-list";
import type { Construct, Link } from "@/lib/linkify/segment";

/** Paragraph numbers: "6", "12". Every number continues a list; only those the cable has link. */
export const PARAGRAPH_NUMBERS: ItemGrammar = {
  item: /\d{1,3}/y,
  normalize: (raw) => raw,
  accepts: () => true,
  isAmbiguous: () => false,
};

const ABBREVIATION_DOT = /\.?/y;
const OF_ANOTHER_CABLE = /\s+(?:of|in)\s+(?:the\s+)?ref(?:tel)?s?\b/iy;

export const readParaMention: Construct = (text, keyword, context) => {
  ABBREVIATION_DOT.lastIndex = keyword.end;
  ABBREVIATION_DOT.exec(text);
  const items = readItemList(text, ABBREVIATION_DOT.lastIndex, PARAGRAPH_NUMBERS);
  if (!items) return null;
  const end = items[items.length - 1].end;
  OF_ANOTHER_CABLE.lastIndex = end;
  if (OF_ANOTHER_CABLE.test(text)) return { links: [], end };
  const links: Link[] = [];
  for (const item of items) {
    if (!context.paragraphNumbers.has(item.value)) continue;
    const start = item === items[0] ? keyword.start : item.start;
    links.push({ start, end: item.end, href: context.targets.paragraph(item.value), title: `Paragraph ${item.value}` });
  }
  return { links, end };
};
