import { describe, expect, it } from "vitest";
import { yearInferences } from "./year";

describe("yearInferences", () => {
  it("reports the DECL date's year less ten and the latest year the text names, as inferences", () => {
    const inferences = yearInferences("2014-11-11", "created in 1986 ... new districts in 1992");
    expect(inferences.map((i) => [i.field, i.value])).toEqual([
      ["year", "2004"],
      ["year", "1992"],
    ]);
    expect(inferences[0].evidence).toContain("2014-11-11");
  });

  it("has nothing to offer without evidence", () => {
    expect(yearInferences("N/A", "no years here")).toEqual([]);
  });
});
