/**
 * A cable's citation neighbourhood, two steps out: the cables it cites and what those cite (the
 * "cited" side), the cables citing it and what cites those (the "citing" side). Bounded for drawing:
 * at most MAX_GRAPH_NODES nodes, nearer ones first, and a count of what was left out. Only shown
 * nodes are followed a second step, and a much-cited cable's citing cables are read no further
 * than can be shown (and counted apart), so every query reads a bounded number of rows. The first
 * step is what the cable page reads anyway (its REF list, which of those the archive holds, who cites
 * it): the page passes it in as the GraphCentre and the graph queries only the second step.
 */
import { getGraphCables } from "@/lib/queries/graph-archived-cables";
import { toGraphCable, type GraphCable, type GraphCitation } from "@/lib/queries/graph-cable";
import { getCitationsFrom } from "@/lib/queries/graph-citations-from";
import { getCitationsOf } from "@/lib/queries/graph-citations-of";

export const MAX_GRAPH_NODES = 60;
/** Rows read from the second step's "who cites these"; reaching it makes the left-out count a lower bound. */
const MAX_SECOND_STEP_ROWS = 500;

/** The cable at the centre and its first step, as the cable page has read them. */
type GraphCentre = {
  cable: GraphCable;
  /** The ids its REF entries resolve to, in REF order. */
  citedIds: readonly string[];
  /** The archive cables among those ids (getGraphCables). */
  citedInArchive: readonly GraphCable[];
  /** The archive cables citing it, one entry a citation, oldest citing cable first (getCitingCables). */
  citedBy: readonly GraphCable[];
};

export type GraphSide = "center" | "cited" | "citing";

export type GraphNode = {
  /** The archive slug, or the cited id of a cable not in the archive. */
  key: string;
  id: string | null;
  /** What the archive holds of it; null for a cable not in the archive. */
  cable: GraphCable | null;
  side: GraphSide;
  distance: 0 | 1 | 2;
};

export type GraphEdge = { from: string; to: string };

export type CitationGraph = {
  nodes: GraphNode[];
  /** Citing → cited, between shown nodes. */
  edges: GraphEdge[];
  /** Cables found within two steps but not shown. */
  omitted: number;
  /** Some steps were not followed in full: more may be left out than `omitted` says. */
  omittedAtLeast: boolean;
};

const citedNode = (id: string, archived: Map<string, GraphCable>, distance: 1 | 2): GraphNode => {
  const cable = archived.get(id) ?? null;
  return { key: cable?.slug ?? id, id, cable, side: "cited", distance };
};
const citingNode = (cable: GraphCable, distance: 1 | 2): GraphNode => ({ key: cable.slug, id: cable.id, cable, side: "citing", distance });

function byId(cables: readonly GraphCable[]): Map<string, GraphCable> {
  return new Map(cables.flatMap((cable) => (cable.id === null ? [] : [[cable.id, cable] as const])));
}

/** Adds each node not yet found, in order. */
function collect(found: Map<string, GraphNode>, nodes: GraphNode[]): GraphNode[] {
  const added: GraphNode[] = [];
  for (const node of nodes) {
    if (found.has(node.key)) continue;
    found.set(node.key, node);
    added.push(node);
  }
  return added;
}

function edgesOf(citations: GraphCitation[], archived: Map<string, GraphCable>): GraphEdge[] {
  return citations.map(({ citing, citedId }) => ({ from: citing.slug, to: archived.get(citedId)?.slug ?? citedId }));
}

/** Second-step nodes most tied to what is shown first, then the cited side, then by key. */
function rankSecondStep(candidates: GraphNode[], edges: GraphEdge[]): GraphNode[] {
  const ties = new Map<string, number>();
  for (const { from, to } of edges) for (const key of [from, to]) ties.set(key, (ties.get(key) ?? 0) + 1);
  const sideRank = (node: GraphNode) => (node.side === "cited" ? 0 : 1);
  return [...candidates].sort(
    (a, b) => (ties.get(b.key) ?? 0) - (ties.get(a.key) ?? 0) || sideRank(a) - sideRank(b) || a.key.localeCompare(b.key),
  );
}

export async function getCitationGraph(centre: GraphCentre, maxNodes = MAX_GRAPH_NODES): Promise<CitationGraph> {
  const { cable: center } = centre;
  const found = new Map<string, GraphNode>([[center.slug, { key: center.slug, id: center.id, cable: center, side: "center", distance: 0 }]]);
  const excludeSelf = (id: string) => id !== center.id;

  const citedFirst: GraphCitation[] = centre.citedIds.map((citedId) => ({ citing: center, citedId }));
  // No more citations than could be shown are followed; the cables beyond are only counted.
  const centerId = center.id;
  const citingFirst: GraphCitation[] = centerId
    ? centre.citedBy.slice(0, maxNodes).map((citing) => ({ citing: toGraphCable(citing), citedId: centerId }))
    : [];
  const citingTotal = centerId ? new Set(centre.citedBy.map(({ slug }) => slug)).size : 0;
  const firstIds = [...new Set(centre.citedIds.filter(excludeSelf))];
  const archivedFirst = byId(centre.citedInArchive);
  const first = collect(found, [
    ...firstIds.map((id) => citedNode(id, archivedFirst, 1)),
    ...citingFirst.map(({ citing }) => citingNode(citing, 1)),
  ]);
  const shownFirst = first.slice(0, maxNodes - 1);

  // What the shown first-step cables cite: new nodes from the cited side, edges only from the citing side.
  const [fromFirst, citingSecond] = await Promise.all([
    getCitationsFrom(shownFirst.flatMap((node) => (node.cable ? [node.cable.slug] : []))),
    getCitationsOf(
      shownFirst.flatMap((node) => (node.side === "citing" && node.id ? [node.id] : [])),
      MAX_SECOND_STEP_ROWS,
    ),
  ]);
  const citedSide = new Set(shownFirst.flatMap((node) => (node.side === "cited" ? [node.key] : [])));
  const citedSecond = fromFirst.filter(({ citing }) => citedSide.has(citing.slug));
  const secondIds = [...new Set(citedSecond.map(({ citedId }) => citedId))].filter((id) => !found.has(id));
  const archived = new Map([...archivedFirst, ...byId(await getGraphCables(secondIds))]);
  for (const node of found.values()) if (node.cable?.id) archived.set(node.cable.id, node.cable);

  const edges = [citedFirst, citingFirst, fromFirst, citingSecond].flatMap((citations) => edgesOf(citations, archived));
  const second = collect(found, [
    ...secondIds.map((id) => citedNode(id, archived, 2)),
    ...citingSecond.map(({ citing }) => citingNode(citing, 2)),
  ]);
  const shownKeys = new Set([center.slug, ...shownFirst.map((node) => node.key)]);
  const shownSecond = rankSecondStep(
    second,
    edges.filter(({ from, to }) => shownKeys.has(from) || shownKeys.has(to)),
  ).slice(0, Math.max(0, maxNodes - shownKeys.size));
  for (const node of shownSecond) shownKeys.add(node.key);

  const seen = new Set<string>();
  const shownEdges = edges.filter(({ from, to }) => {
    const key = `${from}\u0000${to}`;
    if (from === to || seen.has(key) || !shownKeys.has(from) || !shownKeys.has(to)) return false;
    seen.add(key);
    return true;
  });
  const nodes = [found.get(center.slug)!, ...shownFirst, ...shownSecond];
  const citingRead = new Set(citingFirst.map(({ citing }) => citing.slug)).size;
  const citingUnread = Math.max(0, citingTotal - citingRead);
  return {
    nodes,
    edges: shownEdges,
    omitted: found.size - nodes.length + citingUnread,
    omittedAtLeast: first.length > shownFirst.length || citingUnread > 0 || citingSecond.length === MAX_SECOND_STEP_ROWS,
  };
}
