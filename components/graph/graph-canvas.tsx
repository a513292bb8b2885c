"use client";
/**
 * Draws the server's graph layout as SVG links. Hovering or focusing a node brings out its edges and
 * neighbours and dims the rest; without script the same links and drawing are there.
 */
import { useId, useMemo, useState } from "react";
import type { GraphNodeKind, GraphView } from "@/components/graph/graph-view";

const BOX: Record<GraphNodeKind, string> = {
  center: "fill-amber-700 stroke-amber-800",
  archive: "fill-white stroke-amber-700",
  missing: "fill-stone-100 stroke-stone-400 [stroke-dasharray:4_3]",
};
const LABEL: Record<GraphNodeKind, string> = {
  center: "fill-white font-semibold",
  archive: "fill-amber-900",
  missing: "fill-stone-500 italic",
};

export function GraphCanvas({ view }: { view: GraphView }) {
  const arrow = useId();
  const [active, setActive] = useState<string | null>(null);
  const lit = useMemo(() => {
    if (active === null) return null;
    const keys = new Set([active]);
    for (const { from, to } of view.edges) if (from === active || to === active) keys.add(from === active ? to : from);
    return keys;
  }, [active, view.edges]);
  const { nodeWidth, nodeHeight } = view;

  return (
    <svg
      role="group"
      aria-label="Citation graph"
      data-citation-graph=""
      viewBox={`0 0 ${view.width} ${view.height}`}
      width={view.width}
      height={view.height}
      className="max-w-none font-mono text-[11px]"
      onMouseLeave={() => setActive(null)}
    >
      <defs>
        <marker id={arrow} viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className="fill-stone-400" />
        </marker>
      </defs>
      {view.divider && (
        <g aria-hidden="true">
          <line
            x1={view.divider.x1}
            x2={view.divider.x2}
            y1={view.divider.y}
            y2={view.divider.y}
            className="stroke-stone-300 [stroke-dasharray:6_4]"
          />
          <text x={view.divider.x1} y={view.divider.y - 6} className="fill-stone-500 font-sans text-[11px]">
            Not in the archive
          </text>
        </g>
      )}
      <g aria-hidden="true" fill="none">
        {view.edges.map((edge) => {
          const on = active !== null && (edge.from === active || edge.to === active);
          return (
            <path
              key={`${edge.from}>${edge.to}`}
              d={edge.path}
              markerEnd={`url(#${arrow})`}
              className={on ? "stroke-amber-600 [stroke-width:2]" : lit ? "stroke-stone-300 opacity-25" : "stroke-stone-300"}
            />
          );
        })}
      </g>
      {view.nodes.map((node) => (
        <a
          key={node.key}
          href={node.href}
          aria-label={node.name}
          data-graph-node={node.kind}
          onMouseEnter={() => setActive(node.key)}
          onFocus={() => setActive(node.key)}
          onBlur={() => setActive(null)}
          className={lit && !lit.has(node.key) ? "opacity-30" : undefined}
        >
          <title>{node.name}</title>
          <rect
            x={node.x}
            y={node.y}
            width={nodeWidth}
            height={nodeHeight}
            rx={4}
            className={`${BOX[node.kind]} ${active === node.key ? "[stroke-width:2.5]" : ""}`}
          />
          <text x={node.x + nodeWidth / 2} y={node.y + nodeHeight / 2} dominantBaseline="central" textAnchor="middle" className={LABEL[node.kind]}>
            {node.label}
          </text>
        </a>
      ))}
    </svg>
  );
}
