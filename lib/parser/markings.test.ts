import { describe, expect, it } from "vitest";
import { caveatsOfLine, classificationOf, markingTokens } from "./markings";

describe("classificationOf", () => {
  it.each([
    [["UNCLAS"], [], "UNCLASSIFIED"],
    [["UNCLAS"], ["SIPDIS", "SENSITIVE"], "UNCLASSIFIED//FOR OFFICIAL USE ONLY"],
    [["UNCLASSIFIED", "LIMITED", "OFFICIAL", "USE"], [], "UNCLASSIFIED"],
    [["CONFIDENTIAL"], ["SIPDIS"], "CONFIDENTIAL"],
    [["CONFIDENTIAL"], ["NOFORN"], "CONFIDENTIAL//NOFORN"],
    [["CONFIDENTIAL"], ["SIPDIS", "SENSITIVE"], "CONFIDENTIAL//NOFORN"],
    [["SECRET"], [], "SECRET"],
    [["SECRET", "NOFORN"], [], "SECRET//NOFORN"],
    [["EFTO"], [], null],
  ] as const)("%j + %j", (marking, caveats, expected) => {
    expect(classificationOf(marking, caveats)).toBe(expected);
  });
});

describe("markingTokens", () => {
  it.each([
    ["C O N F I D E N T I A L SECTION 01 OF 03", ["CONFIDENTIAL", "SECTION", "01", "OF", "03"]],
    ["S E C R E T N O F O R N MOGADISHU", ["SECRET", "NOFORN", "MOGADISHU"]],
    ["C o n f i d e n t i a l section", ["CONFIDENTIAL", "SECTION"]],
    ["UNCLAS E F T O", ["UNCLAS", "EFTO"]],
    ["LA PAZ", ["LA", "PAZ"]],
  ])("%s", (line, tokens) => {
    expect(markingTokens(line)).toEqual(tokens);
  });
});

describe("caveatsOfLine", () => {
  it.each([
    ["SIPDIS ", ["SIPDIS"]],
    ["SENSITIVE", ["SENSITIVE"]],
    ["NOFORN SIPDIS", ["NOFORN", "SIPDIS"]],
    ["CONFIDENTIAL NOFORN", ["NOFORN"]],
    ["SENSITIVE BUT UNCLASSIFIED", ["SENSITIVE BUT UNCLASSIFIED"]],
    ["DEPT FOR INL/LP, WHA/AND", null],
    ["Sensitive But Unclassified, Please Handle Accordingly.", null],
    ["CONFIDENTIAL", null],
  ])("%s", (line, caveats) => {
    expect(caveatsOfLine(line)).toEqual(caveats);
  });
});
