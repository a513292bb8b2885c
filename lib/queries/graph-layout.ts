/**
 * Where the citation graph's nodes go: a deterministic layered layout computed on the server. Columns
 * by side and distance, citing cables on the left, cited ones on the right, the cable in the middle:
 *   cites-a-citer | cites this | THIS | cited by this | cited by those
 * Cables not in the archive sit apart, in a band below a divider on the cited side. Second-step
 * nodes are ordered by the rows of the first-step nodes they connect to, to keep edges short.
 */
import type { CitationGraph, GraphEdge, GraphNode } from "@/lib/queries/graph-neighbourhood";

export const GRAPH_GEOMETRY = {
  nodeWidth: 136,
  nodeHeight: 26,
  rowGap: 10,
  columnGap: 64,
  margin: 12,
  /** Space between the archive's nodes and the band of cables not in the archive. */
  bandGap: 48,
  /** How far an edge between two nodes of one column bulges out. */
  loop: 36,
} as const;

const ROW = GRAPH_GEOMETRY.nodeHeight + GRAPH_GEOMETRY.rowGap;

/** Column of each side and distance, left to right. */
const COLUMN_ORDER = ["citing-2", "citing-1", "center-0", "cited-1", "cited-2"] as const;
const columnOf = (node: GraphNode) => COLUMN_ORDER.indexOf(`${node.side}-${node.distance}` as (typeof COLUMN_ORDER)[number]);

export type Band = "archive" | "missing";
export type PlacedNode = GraphNode & { x: number; y: number; band: Band };
export type PlacedEdge = GraphEdge & { path: string };
export type GraphLayout = {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Where the divider above cables not in the archive runs, from x1 to x2; null without such cables. */
  divider: { y: number; x1: number; x2: number } | null;
  omitted: number;
  omittedAtLeast: boolean;
};

/** Mean row of the already placed nodes a node shares an edge with; Infinity when none. */
function barycenter(node: GraphNode, edges: GraphEdge[], rows: Map<string, number>): number {
  let sum = 0;
  let count = 0;
  for (const { from, to } of edges) {
    const other = from === node.key ? to : to === node.key ? from : null;
    const row = other === null ? undefined : rows.get(other);
    if (row !== undefined) {
      sum += row;
      count += 1;
    }
  }
  return count === 0 ? Number.POSITIVE_INFINITY : sum / count;
}

function edgePath(from: PlacedNode, to: PlacedNode): string {
  const { nodeWidth: width, nodeHeight: height, loop } = GRAPH_GEOMETRY;
  const y1 = from.y + height / 2;
  const y2 = to.y + height / 2;
  if (from.x === to.x) {
    const x = from.x + width;
    return `M${x},${y1} C${x + loop},${y1} ${x + loop},${y2} ${x},${y2}`;
  }
  const rightward = to.x > from.x;
  const x1 = rightward ? from.x + width : from.x;
  const x2 = rightward ? to.x : to.x + width;
  const middle = (x1 + x2) / 2;
  return `M${x1},${y1} C${middle},${y1} ${middle},${y2} ${x2},${y2}`;
}

export function layoutGraph(graph: CitationGraph): GraphLayout {
  const { nodeWidth, columnGap, margin, bandGap, loop } = GRAPH_GEOMETRY;
  const columns = COLUMN_ORDER.map(() => ({ archive: [] as GraphNode[], missing: [] as GraphNode[] }));
  for (const node of graph.nodes) columns[columnOf(node)][node.cable ? "archive" : "missing"].push(node);

  // Rows of the first step in the order given (REF order, citing date), then the second step by barycenter.
  const rows = new Map<string, number>();
  const order = (nodes: GraphNode[]) => nodes.forEach((node, row) => rows.set(node.key, row));
  for (const index of [1, 2, 3]) for (const band of ["archive", "missing"] as const) order(columns[index][band]);
  for (const index of [0, 4]) {
    for (const band of ["archive", "missing"] as const) {
      const ranked = columns[index][band].map((node) => ({ node, at: barycenter(node, graph.edges, rows) }));
      ranked.sort((a, b) => a.at - b.at || a.node.key.localeCompare(b.node.key));
      columns[index][band] = ranked.map(({ node }) => node);
      order(columns[index][band]);
    }
  }

  const used = columns.map((column, index) => index === 2 || column.archive.length + column.missing.length > 0);
  const xOf = new Map<number, number>();
  let x = margin;
  columns.forEach((_, index) => {
    if (!used[index]) return;
    xOf.set(index, x);
    x += nodeWidth + columnGap;
  });
  const width = x - columnGap + margin + (graph.edges.length > 0 ? loop : 0);

  const archiveRows = Math.max(...columns.map((column) => column.archive.length));
  const missingRows = Math.max(...columns.map((column) => column.missing.length));
  const archiveHeight = archiveRows * ROW;
  const bandTop = margin + archiveHeight + bandGap;

  const nodes: PlacedNode[] = [];
  columns.forEach((column, index) => {
    const columnX = xOf.get(index);
    if (columnX === undefined) return;
    // Each column's archive nodes are centred against the tallest column.
    const top = margin + (archiveHeight - column.archive.length * ROW) / 2;
    column.archive.forEach((node, row) => nodes.push({ ...node, x: columnX, y: top + row * ROW, band: "archive" }));
    column.missing.forEach((node, row) => nodes.push({ ...node, x: columnX, y: bandTop + row * ROW, band: "missing" }));
  });

  const placed = new Map(nodes.map((node) => [node.key, node]));
  const edges = graph.edges.map((edge) => ({ ...edge, path: edgePath(placed.get(edge.from)!, placed.get(edge.to)!) }));
  const citedColumns = [3, 4].flatMap((index) => xOf.get(index) ?? []);
  return {
    width,
    height: missingRows > 0 ? bandTop + missingRows * ROW - GRAPH_GEOMETRY.rowGap + margin : margin + archiveHeight + margin,
    nodes,
    edges,
    divider:
      missingRows > 0
        ? { y: bandTop - bandGap / 2, x1: Math.min(...citedColumns), x2: Math.max(...citedColumns) + nodeWidth }
        : null,
    omitted: graph.omitted,
    omittedAtLeast: graph.omittedAtLeast,
  };
}
