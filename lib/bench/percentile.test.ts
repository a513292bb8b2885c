import { describe, expect, it } from "vitest";
import { percentile, summarize } from "@/lib/bench/percentile";

const HUNDRED = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose

describe("percentile (nearest rank)", () => {
  it.each([
    { values: HUNDRED, p: 50, expected: 50 },
    { values: HUNDRED, p: 95, expected: 95 },
    { values: HUNDRED, p: 100, expected: 100 },
    { values: HUNDRED, p: 0, expected: 1 },
    { values: [7], p: 95, expected: 7 },
    { values: [1, 2, 3, 4], p: 50, expected: 2 },
    { values: [1, 2, 3, 4], p: 95, expected: 4 },
  ])("p$p of $values.length values is $expected", ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it("is NaN without values and leaves its input unsorted", () => {
    expect(percentile([], 50)).toBeNaN();
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("summarize", () => {
  it("gives count, p50, p95, max and mean", () => {
    expect(summarize(HUNDRED)).toEqual({ count: 100, p50: 50, p95: 95, max: 100, mean: 50.5 });
  });
});
