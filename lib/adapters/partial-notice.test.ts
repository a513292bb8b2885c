import { describe, expect, it } from "vitest";
import { PARTIAL_NOTICE, removePartialNotice, startsWithPartialNotice } from "./partial-notice";

describe("the partial-extract notice", () => {
  it.each([
    ["UNCLAS LIMA 000001", { partial: false, text: "UNCLAS LIMA 000001" }],
    [`${PARTIAL_NOTICE}\n\n`, { partial: true, text: "\n\n\n" }],
    [`${PARTIAL_NOTICE}C O N F I D E N T I A L`, { partial: true, text: "\nC O N F I D E N T I A L" }], // seed 004's export glues them
    [`a\n${PARTIAL_NOTICE}\nb\n${PARTIAL_NOTICE}\nc`, { partial: true, text: "a\n\n\nb\n\n\nc" }],
    ["This record is a partial extract of the original cable.\nUNCLAS", { partial: true, text: "\n\nUNCLAS" }], // cut short
  ])("%j", (text, split) => expect(removePartialNotice(text)).toEqual(split));

  it("opens a partial extract, after blank lines", () => {
    expect(startsWithPartialNotice(`\n\n${PARTIAL_NOTICE}`)).toBe(true);
    expect(startsWithPartialNotice(`UNCLAS\n${PARTIAL_NOTICE}`)).toBe(false);
  });
});
