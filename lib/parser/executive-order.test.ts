import { describe, expect, it } from "vitest";
import { isoDateOf, parseExecutiveOrder } from "./executive-order";

describe("parseExecutiveOrder", () => {
  it.each([
    [["E.O. 12958: N/A"], "12958", "N/A"],
    [["E.O. 12356: DECL: OADR"], "12356", "OADR"],
    [["E.O. 12356:  DECL:  OADR"], "12356", "OADR"],
    [["E.O. 12958: DECL: 03/14/2015"], "12958", "2015-03-14"],
    [["E.O. 12958: DECL:  1/5/2015"], "12958", "2015-01-05"],
    [["E.O. 12958:  DECL: 06/09/10"], "12958", "2010-06-09"],
    [["E. O. 12958: N/A"], "12958", "N/A"],
    [["E.O. 12958: DECL: 10 YEARS"], "12958", "10 YEARS"],
    [["E.O. 12958: DECL: 1.6X1"], "12958", "1.6X1"],
    [["E.O. 12356:    N/A"], "12356", "N/A"],
    [["EO 12958 DECL: 10/09/2017"], "12958", "2017-10-09"],
    [["E.o. 12958: decl: 01/07/2014"], "12958", "2014-01-07"],
  ])("%j", (lines, executiveOrder, declassification) => {
    expect(parseExecutiveOrder(lines)).toEqual({ executiveOrder, declassification });
  });

  it("reads nothing from a line that is no E.O. line", () => {
    expect(parseExecutiveOrder(["TAGS: PREL"])).toEqual({ executiveOrder: null, declassification: null });
  });
});

describe("isoDateOf", () => {
  it.each([
    ["11/11/2014", "2014-11-11"],
    ["5/8/12", "2012-05-08"],
    ["13/01/2014", null],
    ["OADR", null],
  ])("%s", (text, iso) => {
    expect(isoDateOf(text)).toBe(iso);
  });
});
