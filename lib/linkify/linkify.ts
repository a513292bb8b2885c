/**
 * Cuts paragraph text into plain and linked segments: "REF A", "reftel", "para 6" become links to the
 * reference or paragraph they mean, "SEE CAIRO 16094" to the archived cable it cites. One pass: a scan
 * for keywords and digit runs, each read by its construct (table-driven; a digit run reads the station
 * before it), scanning resumed after what the construct read. A link overlapping the one before it is
 * dropped. Linear in the text's length.
 */
import { readParaMention } from "@/lib/linkify/para-mention";
import { readLabelledMention } from "@/lib/linkify/ref-mention";
import { readReftel } from "@/lib/linkify/reftel";
import { readCableMention } from "@/lib/linkify/station-mention";
import type { Construct, Link, LinkContext, Segment } from "@/lib/linkify/segment";

/** A keyword, or a digit run that may be a serial ("CAIRO 16094"). */
const KEYWORD_OR_SERIAL = /\b(?:reftels?|refs?|paragraphs?|paras?)\b|(?<serial>\d+)/gi;

/** Keyword, lower-cased → construct. "reftels" links only with labels ("REFTELS A AND B"). */
const CONSTRUCTS: Record<string, Construct> = {
  ref: readLabelledMention,
  refs: readLabelledMention,
  reftel: readReftel,
  reftels: readLabelledMention,
  para: readParaMention,
  paras: readParaMention,
  paragraph: readParaMention,
  paragraphs: readParaMention,
};

export function findLinks(text: string, context: LinkContext): Link[] {
  const links: Link[] = [];
  const keywords = new RegExp(KEYWORD_OR_SERIAL.source, KEYWORD_OR_SERIAL.flags);
  for (let match = keywords.exec(text); match; match = keywords.exec(text)) {
    const keyword = { start: match.index, end: match.index + match[0].length };
    const construct = match.groups?.serial ? readCableMention : CONSTRUCTS[match[0].toLowerCase()];
    const mention = construct(text, keyword, context);
    if (!mention) continue;
    for (const link of mention.links) if (link.start >= (links.at(-1)?.end ?? 0)) links.push(link);
    keywords.lastIndex = Math.max(mention.end, keyword.end);
  }
  return links;
}

export function linkify(text: string, context: LinkContext): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { start, end, href, title } of findLinks(text, context)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), href, title });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}
