/** The page's links for linkify: cable pages, REF list anchors and paragraph anchors of this page. */
import { referenceAnchors } from "@/components/cable-text/reference-anchor";
import { cableHref, paragraphAnchor } from "@/components/hrefs";
import { createLinkContext, type LinkContext } from "@/lib/linkify/segment";
import type { CableRecord } from "@/lib/record/schema";

/** `mentioned`: the archived cables its text cites by station and serial (getCablePageLinks reads them). */
export function recordLinkContext(
  record: Pick<CableRecord, "id" | "year" | "references" | "paragraphs">,
  mentioned: ReadonlySet<string>,
): LinkContext {
  const anchors = referenceAnchors(record.references);
  return createLinkContext(
    record.references,
    record.paragraphs.map(({ number }) => number),
    {
      cable: cableHref,
      reference: (index) => `#${anchors[index]}`,
      paragraph: (number) => `#${paragraphAnchor(number)}`,
    },
    { citing: { id: record.id, year: record.year }, archivedIds: mentioned },
  );
}
