import { describe, expect, it } from "vitest";
import { extractRefCitations, findRefBlock, rewriteRefSerials } from "@/lib/bench/references";

/** REF blocks as the sample and the seeds write them. */
const SEED_000 = `SUBJECT: EMBASSY GETS TO KNOW COCALERO LEADER AND PRO-COCA 
MAYORS 
 
REF: A. 2006 LIMA 4766 
 
     ¶B. 2006 LIMA 3823 
     ¶E. 2003 LIMA 1098 
 
Sensitive But Unclassified, Please Handle Accordingly. 
 
Summary 
------- 

¶1. (SBU) Post hosted 48 cocalero leaders on 1/18, LIMA 4766 stays outside the block.`;
const SEED_004 = "REF: A. A. LIMA 0004 \n \n     ¶B. B. LIMA 579 \n     ¶C. C. QUITO 149 \n \nClassified By: Classified by J. Curtis Struble, Ambassador, Reason 1.4 \n";
const LIST = "REF: A. STATE 41252 AND 44603 B. TALLINN 366, 347\n\n1. (C) Summary: 366 days.";
const SITE_PAGE =
  "Ref:      None    &#x000A;____________&#x000A;SUBJECT: AID&#x000A;REF: A. 99 PRETORIA 12315  B. 00 CAPE TOWN 2150  C. Abu Dhabi 1384&#x000A;CLASSIFIED BY AMBASSADOR DELANO E. LEWIS, REASONS 1.5 (B) AND (D).";

describe("findRefBlock", () => {
  it("ends at the summary, the classification authority or paragraph 1", () => {
    for (const text of [SEED_000, SEED_004, LIST]) {
      const block = findRefBlock(text);
      expect(block).not.toBeNull();
      const inside = text.slice(block!.start, block!.end);
      expect(inside).not.toMatch(/classified by|summary|cocalero/i);
    }
  });

  it("skips a routing slip's 'Ref: None'", () => {
    const block = findRefBlock(SITE_PAGE)!;
    expect(SITE_PAGE.slice(block.start, block.end)).toContain("99 PRETORIA 12315");
  });
});

describe("rewriteRefSerials", () => {
  it("renumbers cited serials only, keeping years, labels and zero padding", () => {
    const result = rewriteRefSerials(SEED_000, new Map([[4766, 12], [1098, 20001]]));
    expect(result.text).toContain("REF: A. 2006 LIMA 12 \n");
    expect(result.text).toContain("¶B. 2006 LIMA 3823");
    expect(result.text).toContain("¶E. 2003 LIMA 20001");
    expect(result.text).toContain("LIMA 4766 stays outside the block");
    expect([...result.found].sort()).toEqual([1098, 4766]);
  });

  it("keeps the width of a zero-padded serial and leaves '1.4' alone", () => {
    const result = rewriteRefSerials(SEED_004, new Map([[4, 7], [579, 580]]));
    expect(result.text).toContain("A. A. LIMA 0007");
    expect(result.text).toContain("B. B. LIMA 580");
    expect(result.text).toContain("Reason 1.4");
  });

  it("does not take a year before a station for a serial", () => {
    const text = "REF: A. 2006 LIMA 2006\n\n1. (U) Text.";
    expect(rewriteRefSerials(text, new Map([[2006, 9]])).text).toBe("REF: A. 2006 LIMA 9\n\n1. (U) Text.");
  });

  it("renumbers every serial of a list", () => {
    const result = rewriteRefSerials(LIST, new Map([[44603, 1], [347, 2]]));
    expect(result.text).toBe("REF: A. STATE 41252 AND 1 B. TALLINN 366, 2\n\n1. (C) Summary: 366 days.");
  });
});

describe("extractRefCitations", () => {
  it("reads two- and four-digit years, station names with spaces, mixed case and the citing year", () => {
    expect(extractRefCitations(SITE_PAGE, "01")).toEqual([
      { yearDigits: "99", station: "PRETORIA", serial: 12315 },
      { yearDigits: "00", station: "CAPETOWN", serial: 2150 },
      { yearDigits: "01", station: "ABUDHABI", serial: 1384 },
    ]);
  });

  it("reads lists and canonical station names", () => {
    expect(extractRefCitations("REF: A. SECSTATE 41252 AND 44603 B. 2005 TALLINN 366, 347\n\n1. (C)", "06")).toEqual([
      { yearDigits: "06", station: "STATE", serial: 41252 },
      { yearDigits: "06", station: "STATE", serial: 44603 },
      { yearDigits: "05", station: "TALLINN", serial: 366 },
      { yearDigits: "05", station: "TALLINN", serial: 347 },
    ]);
  });
});
