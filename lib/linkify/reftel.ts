/**
 * "reftel": the telegram referred to, which is the sole REF entry when there is one. "REFTEL A" is
 * read as "REF A" (and as the sole entry when the list has no A), "reftel para 5" names a paragraph
 * of that telegram. With several references and no known label "reftel" is ambiguous: text.
 */
import { endOfCitedParagraphs, readLabelledMention } from "@/lib/linkify/ref-mention";
import { referenceLink, type Construct } from "@/lib/linkify/segment";

export const readReftel: Construct = (text, keyword, context) => {
  const labelled = readLabelledMention(text, keyword, context);
  if (labelled && labelled.links.length > 0) return labelled;
  const end = labelled?.end ?? endOfCitedParagraphs(text, keyword.end);
  if (context.references.length === 1) return { links: [referenceLink(context, 0, keyword.start, keyword.end)], end };
  return end > keyword.end ? { links: [], end } : null;
};
