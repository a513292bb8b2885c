/** The page's links for linkify: cable pages, REF list anchors and paragraph anchors of this page. */
import { cableHref, paragraphAnchor } from "@/components/hrefs";
import { referenceAnchor } from "@/components/cable-text/reference-anchor";
import { createLinkContext, type LinkContext } from "@/lib/linkify/segment";
import type { CableRecord } from "@/lib/record/schema";

export function recordLinkContext(record: Pick<CableRecord, "references" | "paragraphs">): LinkContext {
  const { references, paragraphs } = record;
  return createLinkContext(
    references,
    paragraphs.map(({ number }) => number),
    {
      cable: cableHref,
      reference: (index) => `#${referenceAnchor(references[index].label, index)}`,
      paragraph: (number) => `#${paragraphAnchor(number)}`,
    },
  );
}
