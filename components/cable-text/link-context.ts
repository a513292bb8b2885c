/** The page's links for linkify: cable pages, REF list anchors and paragraph anchors of this page. */
import { referenceAnchors } from "@/components/cable-text/reference-anchor";
import { cableHref, paragraphAnchor } from "@/components/hrefs";
import { createLinkContext, type LinkContext } from "@/lib/linkify/segment";
import type { CableRecord } from "@/lib/record/schema";

export function recordLinkContext(record: Pick<CableRecord, "references" | "paragraphs">): LinkContext {
  const anchors = referenceAnchors(record.references);
  return createLinkContext(
    record.references,
    record.paragraphs.map(({ number }) => number),
    {
      cable: cableHref,
      reference: (index) => `#${anchors[index]}`,
      paragraph: (number) => `#${paragraphAnchor(number)}`,
    },
  );
}
