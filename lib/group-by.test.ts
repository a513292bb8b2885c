import { describe, expect, it } from "vitest";
import { groupBy } from "@/lib/group-by";

describe("groupBy", () => {
  it("keeps the order of first keys and of items", () => {
    const rows = [
      { pk: 2, tag: "PREL" },
      { pk: 1, tag: "PGOV" },
      { pk: 2, tag: "PE" },
    ];
    expect([...groupBy(rows, (row) => row.pk)]).toEqual([
      [2, [rows[0], rows[2]]],
      [1, [rows[1]]],
    ]);
  });

  it("is empty for no items", () => {
    expect(groupBy([], (item: number) => item).size).toBe(0);
  });
});
