import { describe, expect, it } from "vitest";
import { isPageBreak, PARAGRAPH_MARK, prepareLines } from "./lines";

describe("isPageBreak", () => {
  it.each([
    ["PAGE 02        CAPE T  00097  01 OF 03  182017Z ", true],
    ["PAGE 01        HARARE  06677  01 OF 03  291400Z", true],
    ["                  ------------------A54E38  291401Z /38    ", true],
    ["PAGE-ONE STORY, WHERE IT REPORTED THAT NATIONAL SECURITY POLICE", false],
    ["------- ", false],
  ])("%s", (line, expected) => {
    expect(isPageBreak(line)).toBe(expected);
  });
});

describe("prepareLines", () => {
  it("drops page-break lines and trailing blanks", () => {
    const text = "1.  (C) THE CONSUL MET \nPAGE 02        HELSIN  02613  01 OF 02  121416Z \nTHE MAYOR. ";
    expect(prepareLines(text)).toEqual(["1.  (C) THE CONSUL MET", "THE MAYOR."]);
  });

  it("removes trailing blanks of every kind, as trimEnd does", () => {
    expect(prepareLines("SUBJECT: X \r\nTEXT\u00a0\t\n\nLAST  ")).toEqual(["SUBJECT: X", "TEXT", "", "LAST"]);
  });

  it("reads a lone hyphen as an empty line", () => {
    expect(prepareLines("(C) ALEXANDRIA 00291 \n- \n1.  (CONFIDENTIAL - ENTIRE TEXT.)")).toEqual(["(C) ALEXANDRIA 00291", "", "1.  (CONFIDENTIAL - ENTIRE TEXT.)"]);
  });

  it("starts a new line at a paragraph mark inside a line", () => {
    expect(prepareLines("REF: A. LIMA 2055 ¶B . \nLIMA 1929 ¶C .")).toEqual(["REF: A. LIMA 2055", "¶B .", "LIMA 1929", "¶C ."]);
  });

  it("splits a header run together onto one line (seed 002) before each field keyword", () => {
    const text =
      "C O N F I D E N T I A L SECTION 01 OF 03 LIMA 002158 SIPDIS E.O. 12958: DECL: 11/11/2014 TAGS: SNAR PE SUBJECT: COCALEROS REF: A. LIMA 2055 ¶B . \n" +
      "LIMA 1418 Classified By: PolCouns Alexander Margulies . \nReason: 1.4 ( b , d ) ¶1 . \n( C ) Summary: Although the TAGS: stay";
    expect(prepareLines(text)).toEqual([
      "C O N F I D E N T I A L SECTION 01 OF 03 LIMA 002158",
      "SIPDIS",
      "E.O. 12958: DECL: 11/11/2014",
      "TAGS: SNAR PE",
      "SUBJECT: COCALEROS",
      "REF: A. LIMA 2055",
      "¶B .",
      "LIMA 1418",
      "Classified By: PolCouns Alexander Margulies .",
      "Reason: 1.4 ( b , d )",
      "¶1 .",
      "( C ) Summary: Although the TAGS: stay",
    ]);
  });

  // Inside a line a keyword is only guessed at: colon, dots and number required (header-keywords.ts).
  it.each([
    ["DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012", ["DEPT FOR WHA/BSC", "E.O. 12958: DECL: 11/22/2012"]],
    ["SIPDIS REFTELS: A) STATE 106548", ["SIPDIS", "REFTELS: A) STATE 106548"]],
    ["TAGS: PGOV SUBJ: VISIT REFERENCE: BEIRUT 2408", ["TAGS: PGOV", "SUBJ: VISIT", "REFERENCE: BEIRUT 2408"]],
    ["SUBJECT: VISIT CLASSIFIED BY: AMBASSADOR RICHARD BOUCHER", ["SUBJECT: VISIT", "CLASSIFIED BY: AMBASSADOR RICHARD BOUCHER"]],
    ["SUBJECT: IMPLEMENTING EO 13224 DESIGNATIONS", ["SUBJECT: IMPLEMENTING EO 13224 DESIGNATIONS"]],
    ["E.O. 12958: N/A TAGS PREL, PGOV", ["E.O. 12958: N/A TAGS PREL, PGOV"]],
    ["SUBJECT: AS REFTEL. REPORTED", ["SUBJECT: AS REFTEL. REPORTED"]],
  ])("splits the header line %j before field keywords only", (line, lines) => {
    expect(prepareLines(line)).toEqual(lines);
  });
});

describe("prepareLines on a printed copy", () => {
  it("drops the running classification over a page break, even inside a REF block", () => {
    const text = "REF: (98) HANOI 3067 \n                       UNCLASSIFIED \n \nPAGE 02        HO CHI  00055  01 OF 02  220631Z \n1.  SUMMARY";
    expect(prepareLines(text)).toEqual(["REF: (98) HANOI 3067", "1.  SUMMARY"]);
  });

  it("drops the running classification written twice above a page break (94ZAGREB1327)", () => {
    const text = "SUBJECT: 1993-94 CSCE IMPLEMENTATION REPORT: \n                       UNCLASSIFIED \n \n                       UNCLASSIFIED \n \nPAGE 02        ZAGREB  01327  01 OF 03  011807Z \n         CROATIA \n \nREF:  STATE 50644";
    expect(prepareLines(text).filter((line) => line.trim() !== "")).toEqual(["SUBJECT: 1993-94 CSCE IMPLEMENTATION REPORT:", "         CROATIA", "REF:  STATE 50644"]);
  });

  it("drops the site pages' running head (09BAKU478)", () => {
    const text = "TAGS PREL, PTER, SNAR, IR\nBAKU 00000478 001.2 OF 003\nSUBJECT: IRAN VIEW\ntext\nSAN SALVADOR 00000789  002 OF 004\nmore";
    expect(prepareLines(text)).toEqual(["TAGS PREL, PTER, SNAR, IR", "SUBJECT: IRAN VIEW", "text", "more"]);
  });
});

describe("prepareLines trailing blanks", () => {
  it("removes exactly what trimEnd removes, for every character past ASCII", () => {
    const differing: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      if (String.fromCharCode(code) === PARAGRAPH_MARK) continue; // a mark, which starts a line of its own
      const line = `1. X${String.fromCharCode(code)}`;
      if (prepareLines(`${line}\ntext`)[0] !== line.trimEnd()) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });
});
