import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START, hasHit, snippetSegments } from "@/lib/search/snippet";

const m = (text: string) => `${HIT_START}${text}${HIT_END}`;

const CASES = [
  { name: "no hit", marked: "PERU: COCA", segments: [{ text: "PERU: COCA", hit: false }] },
  {
    name: "hits inside text, whitespace folded",
    marked: `…the ${m("coca")}\n  growers ${m("elect")}`,
    segments: [
      { text: "…the ", hit: false },
      { text: "coca", hit: true },
      { text: " growers ", hit: false },
      { text: "elect", hit: true },
    ],
  },
  { name: "adjacent hits merge", marked: `${m("coca")}${m("growers")} x`, segments: [{ text: "cocagrowers", hit: true }, { text: " x", hit: false }] },
  { name: "markup stays text", marked: `<b>${m("MARKUP")}</b>`, segments: [{ text: "<b>", hit: false }, { text: "MARKUP", hit: true }, { text: "</b>", hit: false }] },
];

describe("snippetSegments", () => {
  it.each(CASES)("$name", ({ marked, segments }) => {
    expect(snippetSegments(marked)).toEqual(segments);
    expect(hasHit(snippetSegments(marked))).toBe(segments.some((segment) => segment.hit));
  });
});
