import { describe, expect, it } from "vitest";
import { slugFromPath } from "@/lib/queries/missing-cable-route";

const CASES: [string, string | null][] = [
  ["/cable/07LIMA218", "07LIMA218"],
  ["/cable/07LIMA218/", "07LIMA218"],
  ["/cable/LIMA%202158", "LIMA 2158"],
  ["/cable/%E0%A4%A", null],
  ["/cables", null],
  ["/cable/a/b", null],
  ["/", null],
];

describe("slugFromPath", () => {
  it.each(CASES)("%s → %s", (path, slug) => {
    expect(slugFromPath(path)).toBe(slug);
  });
});
