/** What the graph island draws: plain, serialisable data built on the server. */
export type GraphNodeKind = "center" | "archive" | "missing";

export type GraphViewNode = {
  key: string;
  x: number;
  y: number;
  kind: GraphNodeKind;
  /** Drawn in the box: the cable's id or name. */
  label: string;
  /** The link's accessible name: name, subject and how it relates to the cable. */
  name: string;
  href: string;
};

export type GraphViewEdge = { from: string; to: string; path: string };

export type GraphView = {
  width: number;
  height: number;
  nodes: GraphViewNode[];
  edges: GraphViewEdge[];
  divider: { y: number; x1: number; x2: number } | null;
  nodeWidth: number;
  nodeHeight: number;
};
