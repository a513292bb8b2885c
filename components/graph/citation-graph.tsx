/**
 * The citation graph of a cable page: the server lays it out (lib/queries/graph-layout.ts) and names
 * every node; the island adds hover and focus highlighting. Every node is a link with a name that
 * says how it relates to this cable, so the graph reads as a list of links without sight or script.
 */
import { GraphCanvas } from "@/components/graph/graph-canvas";
import type { GraphView, GraphViewNode } from "@/components/graph/graph-view";
import { cableName, plural } from "@/components/format";
import { cableHref } from "@/components/hrefs";
import { GRAPH_GEOMETRY, type GraphLayout, type PlacedNode } from "@/lib/queries/graph-layout";

const RELATIONS: Record<string, string> = {
  "center-0": "this cable",
  "cited-1": "cited by this cable",
  "cited-2": "cited by a cable this one cites",
  "citing-1": "cites this cable",
  "citing-2": "cites a cable that cites this one",
};

/** Longest label that fits a node box in the monospace font. */
const MAX_LABEL = 18;

function viewNode(node: PlacedNode): GraphViewNode {
  const name = node.cable ? cableName(node.cable) : (node.id ?? node.key);
  const relation = RELATIONS[`${node.side}-${node.distance}`];
  const subject = node.cable?.subject ? `: ${node.cable.subject}` : "";
  return {
    key: node.key,
    x: node.x,
    y: node.y,
    kind: node.side === "center" ? "center" : node.cable ? "archive" : "missing",
    label: name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name,
    name: `${name}${subject} (${relation}${node.cable ? "" : ", not in the archive"})`,
    href: cableHref(node.key),
  };
}

function summary(layout: GraphLayout): string {
  const count = (side: string) => layout.nodes.filter((node) => node.side === side).length;
  const missing = layout.nodes.filter((node) => !node.cable).length;
  const parts = [`${plural(count("cited"), "cable")} cited`, `${plural(count("citing"), "cable")} citing`, `${missing} not in the archive`];
  const left = layout.omitted > 0 || layout.omittedAtLeast ? `; ${layout.omittedAtLeast ? "at least " : ""}${plural(layout.omitted, "more cable")} not shown` : "";
  return `Two steps out: ${parts.join(", ")}${left}.`;
}

export function CitationGraph({ layout }: { layout: GraphLayout }) {
  if (layout.nodes.length <= 1) {
    return <p className="text-sm italic text-stone-500">No citations either way that the archive knows of.</p>;
  }
  const view: GraphView = {
    width: layout.width,
    height: layout.height,
    nodes: layout.nodes.map(viewNode),
    edges: layout.edges,
    divider: layout.divider,
    nodeWidth: GRAPH_GEOMETRY.nodeWidth,
    nodeHeight: GRAPH_GEOMETRY.nodeHeight,
  };
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-stone-600">
        {summary(layout)} Citing cables are on the left, cited ones on the right.
      </figcaption>
      <div className="overflow-x-auto">
        <GraphCanvas view={view} />
      </div>
      <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm bg-amber-700" /> this cable
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-amber-700 bg-white" /> in the archive
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-dashed border-stone-400 bg-stone-100" />
          not in the archive (below the line)
        </li>
      </ul>
    </figure>
  );
}
