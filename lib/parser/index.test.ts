import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTelegram as parseRecord, type ParseOptions } from "./index";
import type { TelegramSource } from "@/lib/adapters/types";
import { CableRecord } from "@/lib/record/schema";

/** The parser leaves validation to the pipeline: every record here must pass the schema too. */
function parseTelegram(src: TelegramSource, options?: ParseOptions): CableRecord {
  return CableRecord.parse(parseRecord(src, options));
}

function source(text: string, metadata: TelegramSource["metadata"] = {}, partial = false): TelegramSource {
  return { text, metadata, entities: [], partial, source: { path: "test.txt", format: "telegram" }, warnings: [] };
}

function fixture(name: string): TelegramSource {
  return source(readFileSync(`tests/fixtures/parser/${name}.txt`, "utf8"));
}

describe("parseTelegram on real cables of other eras and layouts", () => {
  it("reads a 1985 header without transmission lines", () => {
    const r = parseTelegram(fixture("85ALEXANDRIA524"));
    expect(r).toMatchObject({
      id: "85ALEXANDRIA524",
      date: "1985-06-30T07:58:00Z",
      classification: "CONFIDENTIAL",
      origin: "Consulate Alexandria",
      subject: "LABOR STRIKES IN ALEXANDRIA",
      tags: ["PGOV", "PINS", "ELAB", "EG"],
      executiveOrder: "12356",
      declassification: "OADR",
      signer: "COOK",
      references: [],
    });
    expect(r.routing?.to).toEqual([{ indicator: null, name: "SECSTATE WASHDC", precedence: null, serial: "5350" }]);
    expect(r.paragraphs[0]).toEqual({ number: "1", classification: "CONFIDENTIAL - ENTIRE TEXT.", text: "" });
    expect(r.summary?.startsWith("AGAINST THE BACKDROP OF A GENERALLY CALM")).toBe(true);
    expect(r.comment?.startsWith("AT THIS JUNCTURE, WE DO NOT KNOW")).toBe(true);
  });

  it("reads a printed copy: year from its document number, page breaks out of the REF block", () => {
    const r = parseTelegram(fixture("02HOCHIMINHCITY55"));
    expect(r).toMatchObject({ id: "02HOCHIMINHCITY55", date: null, year: 2002, classification: "UNCLASSIFIED", origin: "Consulate Ho Chi Minh City" });
    expect(r.routing?.from).toBe("AMCONSUL HO CHI MINH CITY");
    expect(r.references).toEqual([{ label: null, text: "(98) HANOI 3067", id: "98HANOI3067", kind: "cable" }]);
    expect(r.paragraphs.every((p) => !p.text.includes("PAGE 02"))).toBe(true);
  });

  it("takes the serial line under the routing header, not the copy's heading above it", () => {
    const r = parseTelegram(fixture("05DUBAI57"));
    expect(r).toMatchObject({ id: "05DUBAI57", section: "01 OF 03", date: "2005-01-05T13:52:00Z", origin: "Consulate Dubai" });
    expect(r.references.map((ref) => `${ref.label}:${ref.id}`)).toEqual(["A:05DUBAI5011", "B:05ABUDHABI3834", "C:05DUBAI4507"]);
    expect(r.classifiedBy).toBe("Jason L. Davis, Consul General, Dubai, UAE");
  });

  it("takes a repeated cable's own serial line, not the quoted one's", () => {
    const r = parseTelegram(fixture("86STATE92099"));
    expect(r).toMatchObject({ id: "86STATE92099", origin: "Secretary of State", classification: "CONFIDENTIAL" });
  });

  it("keeps the release's TOSEC series in the id", () => {
    const r = parseTelegram(fixture("90STATE255291TOSEC140303"));
    expect(r).toMatchObject({ id: "90STATE255291TOSEC140303", station: "STATE", serial: 255291 });
  });
});

describe("parseTelegram: metadata and text", () => {
  const text = ["P 261812Z JAN 07", "FM AMEMBASSY LIMA", "TO RUEHC/SECSTATE WASHDC PRIORITY 3713", "UNCLAS LIMA 000218", "", "E.O. 12958: N/A", "TAGS: PREL", "SUBJECT: TEST", "", "1. (U) Text.", "", "POWERS"].join("\n");

  it("metadata wins for id, date, classification and origin", () => {
    const r = parseTelegram(source(text, { id: "07LIMA218", date: "2007-01-26T00:00:00Z", classification: "UNCLASSIFIED//FOR OFFICIAL USE ONLY", origin: "Embassy Lima" }));
    expect(r).toMatchObject({ date: "2007-01-26T00:00:00Z", classification: "UNCLASSIFIED//FOR OFFICIAL USE ONLY", warnings: [] });
  });

  it("useMetadata false reads everything from the text", () => {
    const r = parseTelegram(source(text, { date: "1999-01-01T00:00:00Z", origin: "Somewhere" }), { useMetadata: false });
    expect(r).toMatchObject({ id: "07LIMA218", date: "2007-01-26T18:12:00Z", classification: "UNCLASSIFIED", origin: "Embassy Lima" });
  });

  it("warns when the metadata id and the text's disagree", () => {
    const r = parseTelegram(source(text, { id: "07LIMA219" }));
    expect(r.id).toBe("07LIMA219");
    expect(r.warnings).toContain("metadata id 07LIMA219 differs from the text's 07LIMA218");
  });

  it("never crashes on text that is no telegram", () => {
    for (const junk of ["", "\n\n", "hello world", "¶¶¶", "(((((", "REF: A. B. C.", "1. 2. 3."]) {
      const r = parseTelegram(source(junk));
      expect(r.id).toBeNull();
      expect(r.warnings.length).toBeGreaterThan(0);
    }
  });
});

describe("parseTelegram on a mixed-case header run together (site page 04ANKARA348)", () => {
  it("reads the spaced lower-case marking and the fields", () => {
    const text =
      "C o n f i d e n t i a l section 01 of 04 ankara 000348 SIPDIS E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan goes to washington: how strong a leader? Classified By: Polcouns John Kunstadter. Reasons: 1.4 b and d. \n\n¶1. (C) Summary: Text.";
    const r = parseTelegram(source(text), { useMetadata: false });
    expect(r).toMatchObject({
      station: "ANKARA",
      serial: 348,
      section: "01 OF 04",
      classification: "CONFIDENTIAL",
      origin: "Embassy Ankara",
      tags: ["PREL", "PGOV", "PINS", "TU"],
      subject: "turkish p.m. Erdogan goes to washington: how strong a leader?",
      declassification: "2014-01-07",
      caveats: ["SIPDIS"],
      classifiedBy: "Polcouns John Kunstadter",
      reason: "1.4 b and d",
    });
  });
});

describe("parseTelegram on site pages", () => {
  it("takes a redacted station from the FM line (10SHENYANG4)", () => {
    const text = [
      "R 070012Z JAN 10",
      "FM AMCONSUL SHENYANG",
      "TO RUEHC/SECSTATE WASHDC 8952",
      "SE C R E T SECTION 01 OF 02 XXXXXXXXXXXX 000004 ",
      "",
      "NOFORN ",
      "",
      "E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION ",
      "TAGS: CH ECON EFIN EIND EMIN KN KS PGOV PREL",
      "SUBJECT: WAITING AND WATCHING",
      "",
      "¶1. (S) Text.",
    ].join("\n");
    const r = parseTelegram(source(text), { useMetadata: false });
    expect(r).toMatchObject({ id: "10SHENYANG4", station: "SHENYANG", serial: 4, origin: "Consulate Shenyang" });
    expect(r.warnings).toContain("the serial line's station is redacted: SHENYANG taken from the FM line");
  });

  it("leaves the id unknown when a redacted station has no FM line to stand in", () => {
    const r = parseTelegram(source("SECRET XXXXXXXXXXXX 000004\n\nSUBJECT: X\n\n1. Text."), { useMetadata: false });
    expect(r.id).toBeNull();
    expect(r.station).toBeNull();
  });

  it("reads a lower-case serial line below a site page's summary of the header (09NAIROBI2497)", () => {
    const text = [
      "O R 161415Z DEC 09",
      "FM AMEMBASSY NAIROBI",
      "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0140",
      "TAGS: MARR MCAP MOPS MASS PARM PINR PTER PREL KE UG UP SU",
      "SUBJECT: Kenya responds to Sudan tank demarche ",
      "REF: 09 STATE 122115; 09 NAIROBI 2487",
      "",
      "",
      "S e c r e t section 01 of 02 nairobi 002497",
      "",
      "Noforn",
      "sipdis",
      "",
      "E.o. 12958: decl: 2019/12/16",
      "Tags: marr, mcap, mops, mass, parm, pinr, pter, prel, ke, ug, up, su",
      "SUBJECT: Kenya responds to Sudan tank demarche",
      "",
      "Ref: 09 state 122115; 09 nairobi 2487",
      "",
      "¶1. On December 15, Ambassador Ranneberger discussed the tank.",
    ].join("\n");
    const r = parseTelegram(source(text), { useMetadata: false });
    expect(r).toMatchObject({ id: "09NAIROBI2497", section: "01 OF 02", classification: "SECRET//NOFORN" });
    expect(r.references.map((ref) => ref.id)).toEqual(["09STATE122115", "09NAIROBI2487"]);
  });
});
