import { describe, expect, it } from "vitest";
import { coverageOf, percent } from "@/lib/glossary/coverage";

describe("coverageOf", () => {
  it("counts occurrences, explained shares and kinds, most frequent unexplained first", () => {
    const report = coverageOf(new Map([["PREL", 10], ["PE", 5], ["KSEP", 2], ["WAR", 3]]));
    expect(report).toMatchObject({ distinctTags: 4, occurrences: 20, explainedOccurrences: 15, explainedDistinct: 2 });
    expect(report.byKind).toMatchObject({ subject: 10, country: 5, unknown: 5 });
    expect(report.unexplained).toEqual([{ tag: "WAR", count: 3 }, { tag: "KSEP", count: 2 }]);
  });

  it("prints a share with one decimal", () => {
    expect(percent(15, 20)).toBe("75.0 %");
    expect(percent(0, 0)).toBe("n/a");
  });
});
