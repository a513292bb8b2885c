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

  it.each([
    [2004, "CONFIDENTIAL//NOFORN"],
    [2009, "CONFIDENTIAL"],
    [null, "CONFIDENTIAL//NOFORN"],
  ])("SENSITIVE on a classified cable of %s", (year, expected) => {
    expect(classificationOf(["CONFIDENTIAL"], ["SENSITIVE"], year)).toBe(expected);
    expect(classificationOf(["UNCLAS"], ["SENSITIVE"], year)).toBe("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
  });
});

describe("markingTokens", () => {
  it.each([
    ["C O N F I D E N T I A L SECTION 01 OF 03", ["CONFIDENTIAL", "SECTION", "01", "OF", "03"]],
    ["S E C R E T N O F O R N MOGADISHU", ["SECRET", "NOFORN", "MOGADISHU"]],
    ["C o n f i d e n t i a l section", ["CONFIDENTIAL", "SECTION"]],
    ["UNCLAS E F T O", ["UNCLAS", "EFTO"]],
    ["LA PAZ", ["LA", "PAZ"]],
    ["SE C R E T TUNIS 000193", ["SECRET", "TUNIS", "000193"]],
    ["CSE C R E T SECTION 01", ["SECRET", "SECTION", "01"]],
    ["E C R E T SANAA 000473", ["SECRET", "SANAA", "000473"]],
    ["C ONFIDENTIAL SECTION 01", ["CONFIDENTIAL", "SECTION", "01"]],
    ["UNCLAS LIMA 000218", ["UNCLAS", "LIMA", "000218"]],
    ["RUEHC/SECSTATE WASHDC", ["RUEHC/SECSTATE", "WASHDC"]],
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
