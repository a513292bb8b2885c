/**
 * What linkify works with: the cable's REF list, paragraph numbers and the archived cables its text
 * cites by station and serial (the context), and what it yields: the text cut into plain and linked
 * segments, for React to render as elements.
 */

/** A run of cable text, linked or not. Never HTML: the renderer escapes it like any text. */
export type Segment = { text: string } | { text: string; href: string; title: string };

/** One entry of the REF list, as the record has it. */
export type ReferenceEntry = { label: string | null; text: string; id: string | null };

/** Where links go; the page decides its URLs and anchors, linkify stays free of routing. */
export interface LinkTargets {
  /** The page of a cable: "/cable/07LIMA218". */
  cable(id: string): string;
  /** The REF list entry at this index, for a reference without a cable id: "#ref-A". */
  reference(index: number): string;
  /** A paragraph of this cable: "#para-6". */
  paragraph(number: string): string;
}

/** The cable whose text is linked: its own id never links, its year dates "CAIRO 16094". */
export type CitingCable = { id: string | null; year: number | null };

/** Cables the text cites by station and serial ("SEE 84 ALEXANDRIA 329"): the ids the archive holds. */
type CableMentions = { citing: CitingCable; archivedIds: ReadonlySet<string> };

const NO_MENTIONS: CableMentions = { citing: { id: null, year: null }, archivedIds: new Set() };

export interface LinkContext extends CableMentions {
  references: readonly ReferenceEntry[];
  /** Index in `references` of each label: "A" → 0. */
  labelIndex: ReadonlyMap<string, number>;
  /** Paragraph numbers this cable's page anchors. */
  paragraphNumbers: ReadonlySet<string>;
  targets: LinkTargets;
}

/** A link found in the text: [start, end) of the text, and where it goes. */
export type Link = { start: number; end: number; href: string; title: string };

/**
 * What a construct read from its keyword on: its links (maybe none) and where the mention ends. A
 * serial's link starts before its keyword, at the station ("CAIRO 16094").
 */
export type Mention = { links: Link[]; end: number };

/** A construct reads the mention whose keyword spans [start, end), or declines with null. */
export type Construct = (text: string, keyword: { start: number; end: number }, context: LinkContext) => Mention | null;

export function createLinkContext(
  references: readonly ReferenceEntry[],
  paragraphNumbers: Iterable<string | null>,
  targets: LinkTargets,
  mentions: CableMentions = NO_MENTIONS,
): LinkContext {
  const labelIndex = new Map<string, number>();
  references.forEach(({ label }, index) => {
    // A label listed twice keeps its first entry, as a reader would.
    if (label !== null && !labelIndex.has(label)) labelIndex.set(label, index);
  });
  const numbers = new Set<string>();
  for (const number of paragraphNumbers) if (number !== null) numbers.add(number);
  return { references, labelIndex, paragraphNumbers: numbers, targets, ...mentions };
}

/** The link to a REF list entry: its cable when the id is known, else its place in the list. */
export function referenceLink(context: LinkContext, index: number, start: number, end: number): Link {
  const reference = context.references[index];
  const name = reference.label === null ? "Reference" : `Reference ${reference.label}`;
  return reference.id
    ? { start, end, href: context.targets.cable(reference.id), title: `${name}: ${reference.id}` }
    : { start, end, href: context.targets.reference(index), title: `${name}: ${reference.text}` };
}
