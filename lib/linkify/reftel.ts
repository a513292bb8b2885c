/**
 * "reftel": the telegram referred to, which is the sole REF entry when there is one. "REFTEL A" is
 * read as "REF A". With several references and no label "reftel" is ambiguous and stays text.
 */
import { readLabelledMention } from "@/lib/linkify/ref-mention";
import { referenceLink, type Construct } from "@/lib/linkify/segment";

export const readReftel: Construct = (text, keyword, context) => {
  const labelled = readLabelledMention(text, keyword, context);
  if (labelled) return labelled;
  if (context.references.length !== 1) return null;
  return { links: [referenceLink(context, 0, keyword.start, keyword.end)], end: keyword.end };
};
