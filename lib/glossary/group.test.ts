import { describe, expect, it } from "vitest";
import { groupTagsByKind } from "@/lib/glossary/group";

describe("groupTagsByKind", () => {
  it("groups in the glossary's order, most used first, keeping the stored spelling", () => {
    const groups = groupTagsByKind([
      { value: "PE", count: 3 },
      { value: "PREL", count: 2 },
      { value: "SNAR", count: 5 },
      { value: "KSEP", count: 1 },
      { value: "Human Rights", count: 4 },
    ]);
    expect(groups.map((group) => group.kind)).toEqual(["subject", "country", "unknown"]);
    expect(groups[0].items.map((item) => item.tag)).toEqual(["SNAR", "Human Rights", "PREL"]);
    expect(groups[0]).toMatchObject({ label: "Subject tags", occurrences: 11 });
    expect(groups[2].items).toEqual([{ tag: "KSEP", kind: "unknown", meaning: null, count: 1 }]);
  });

  it("keeps tied tags in the order the counts give them", () => {
    const groups = groupTagsByKind([
      { value: "PREL", count: 2 },
      { value: "Economy", count: 2 },
      { value: "ECON", count: 2 },
    ]);
    expect(groups[0].items.map((item) => item.tag)).toEqual(["PREL", "Economy", "ECON"]);
  });

  it("is empty for an empty archive", () => {
    expect(groupTagsByKind([])).toEqual([]);
  });
});
