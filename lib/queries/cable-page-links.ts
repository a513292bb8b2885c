/**
 * What a cable page shows around the cable: who cites it, which of its references and of the cables
 * its text cites by station and serial the archive holds, its neighbours by date and its citation
 * graph. The graph's first step is these same rows (see GraphCentre), so a page reads who cites the
 * cable and which REF ids are archived once; text mentions that are no REF id take one statement more.
 */
import { mentionedCableIds } from "@/lib/linkify/station-mention";
import { getAdjacentCables, type AdjacentCables } from "@/lib/queries/adjacent-cables";
import { getArchivedCableIds } from "@/lib/queries/archived-cable-ids";
import type { CablePage } from "@/lib/queries/cable-page";
import { getCitingCables, type Citation } from "@/lib/queries/citing-cables";
import { getGraphCables } from "@/lib/queries/graph-archived-cables";
import { getCitationGraph, MAX_GRAPH_NODES, type CitationGraph } from "@/lib/queries/graph-neighbourhood";

export type CablePageLinks = {
  /** Archive cables citing this one, oldest first. */
  citations: Citation[];
  /** The ids of its references that the archive holds. */
  archived: Set<string>;
  /** The ids of cables its text cites by station and serial ("SEE CAIRO 16094") that the archive holds. */
  mentioned: Set<string>;
  adjacent: AdjacentCables;
  graph: CitationGraph;
};

export async function getCablePageLinks(cable: CablePage, maxGraphNodes = MAX_GRAPH_NODES): Promise<CablePageLinks> {
  const [adjacent, citationLinks] = await Promise.all([getAdjacentCables(cable.slug), getCitationLinks(cable, maxGraphNodes)]);
  return { ...citationLinks, adjacent };
}

async function getCitationLinks({ slug, record }: CablePage, maxGraphNodes: number) {
  const citedIds = record.references.flatMap((reference) => (reference.id ? [reference.id] : []));
  const texts = [record.summary, record.comment, ...record.paragraphs.map(({ text }) => text)];
  const mentionedIds = mentionedCableIds(texts, { id: record.id, year: record.year });
  const cited = new Set(citedIds);
  const [citations, citedInArchive, mentionedInArchive] = await Promise.all([
    record.id ? getCitingCables(record.id) : Promise.resolve([]),
    getGraphCables(citedIds),
    // REF ids are asked for above.
    getArchivedCableIds(mentionedIds.filter((mentionedId) => !cited.has(mentionedId))),
  ]);
  const { id, station, serial, date, subject } = record;
  const graph = await getCitationGraph(
    { cable: { slug, id, station, serial, date, subject }, citedIds, citedInArchive, citedBy: citations },
    maxGraphNodes,
  );
  const archived = new Set(citedInArchive.flatMap((cable) => (cable.id === null ? [] : [cable.id])));
  const mentioned = new Set([...mentionedInArchive, ...mentionedIds.filter((mentionedId) => archived.has(mentionedId))]);
  return { citations, archived, mentioned, graph };
}
