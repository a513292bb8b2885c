import { describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/adapters";
import { SEED_FORMATS, exportDate, renderSeedFormat, seedFormatsFor } from "@/lib/bench/seed-formats";

const PARTIAL = "This record is a partial extract of the original cable. The full text of the original cable is not available.";
const BODY =
  "C O N F I D E N T I A L SECTION 01 OF 03 LIMA 001246 \n \nSIPDIS \n \nE.O. 12958: DECL: 03/14/2015 \nTAGS: SNAR EAID PGOV PREL PE\nSUBJECT: OPIUM STRATEGY PROGRESS REPORT \n \nREF: A. A. LIMA 0004 \n \n1. (C) BEGIN SUMMARY: In the first two months of 2005 <the Mission> & co. \nSTRUBLE \n";
const PARTIAL_ROW = ["28747", "3/14/2005 21:05", "05LIMA1246", "Embassy Lima", "CONFIDENTIAL", "05LIMA4", PARTIAL, BODY];
const FULL_ROW = [...PARTIAL_ROW];
FULL_ROW[6] = "P 141805Z MAR 05\nFM AMEMBASSY LIMA\nTO RUEHC/SECSTATE WASHDC PRIORITY 1234\n";

describe("exportDate", () => {
  it("writes the day as the text exports do", () => {
    expect(exportDate("1/26/2007 18:12")).toBe("Fri Jan 26 00:00:00 +0100 2007");
    expect(exportDate("3/14/2005 21:05")).toBe("Mon Mar 14 00:00:00 +0100 2005");
  });
});

describe("renderSeedFormat", () => {
  it("offers a bare telegram only for full cables and a partial extract only for partial ones", () => {
    expect(seedFormatsFor(PARTIAL_ROW)).not.toContain("telegram");
    expect(seedFormatsFor(FULL_ROW)).not.toContain("partial-extract");
  });

  it.each(SEED_FORMATS)("renders %s so that the project's format detection recognises it", (format) => {
    const row = seedFormatsFor(PARTIAL_ROW).includes(format) ? PARTIAL_ROW : FULL_ROW;
    expect(detectFormat(renderSeedFormat(format, row, "LIMA"))).toBe(format);
  });

  it("escapes cable text in the NER dump and marks the station", () => {
    const html = renderSeedFormat("ner-html", PARTIAL_ROW, "LIMA");
    expect(html).toContain("&lt;the Mission&gt; &amp; co.");
    expect(html).toContain("[LOC LIMA  ] 001246");
    expect(html).toContain("<a href='/tag/SNAR_0.html'>SNAR</a>");
  });
});
