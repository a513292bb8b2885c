/**
 * The five seed cables, each in its own format, through the whole input pipeline: every record field
 * pinned. Expected values are read off the seed texts (seeds/), not copied from parser output.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "@/lib/pipeline";
import type { CableRecord, Recipient } from "@/lib/record/schema";

const SEED = {
  textExport: "seeds/000_2968982f8eb35888.txt",
  telegram: "seeds/001_5cdeb90addb253ea.txt",
  nerHtml: "seeds/002_6dcb42eed13933de.txt",
  partialExtract: "seeds/003_1e0f94ca84c7a0f9.txt",
  recordDump: "seeds/004_789c93d5b4bf0660.txt",
};

async function record(path: string, useMetadata = true): Promise<CableRecord> {
  const items = await parseFile(path, { useMetadata });
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item.kind !== "record") throw new Error(`${path}: ${item.problem.reason}`);
  return item.record;
}

function to(indicator: string | null, name: string, precedence: string | null, serial: string | null): Recipient {
  return { indicator, name, precedence, serial };
}

/** number, marking, how the text starts and ends. */
type ParagraphShape = [number: string | null, classification: string | null, start: string, end: string];

function expectParagraphs(actual: CableRecord["paragraphs"], expected: ParagraphShape[]): void {
  expect(actual.map((p) => [p.number, p.classification])).toEqual(expected.map(([n, c]) => [n, c]));
  expected.forEach(([, , start, end], i) => {
    expect(actual[i].text.startsWith(start), `paragraph ${i} starts "${start}": ${actual[i].text.slice(0, 80)}`).toBe(true);
    expect(actual[i].text.endsWith(end), `paragraph ${i} ends "${end}": ${actual[i].text.slice(-80)}`).toBe(true);
  });
}

function expectSection(actual: string | null, start: string, end: string): void {
  expect(actual).not.toBeNull();
  expect(actual!.startsWith(start), actual!.slice(0, 80)).toBe(true);
  expect(actual!.endsWith(end), actual!.slice(-80)).toBe(true);
}

describe("seed 000: text export (five metadata lines over the raw telegram)", () => {
  it("pins every field", async () => {
    const r = await record(SEED.textExport);
    expect(r).toMatchObject({
      id: "07LIMA218",
      station: "LIMA",
      serial: 218,
      year: 2007,
      date: "2007-01-26T00:00:00Z",
      classification: "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
      origin: "Embassy Lima",
      subject: "EMBASSY GETS TO KNOW COCALERO LEADER AND PRO-COCA MAYORS",
      tags: ["PREL", "PGOV", "SNAR", "PE"],
      signer: "POWERS",
      caveats: ["SIPDIS", "SENSITIVE"],
      executiveOrder: "12958",
      declassification: "N/A",
      classifiedBy: null,
      reason: null,
      section: null,
      partial: false,
      entities: [],
      released: null,
      source: { path: SEED.textExport, format: "text-export" },
      inferences: [],
      warnings: [],
    });
    expect(r.routing).toEqual({
      precedence: "P",
      dateTimeGroup: "261812Z JAN 07",
      from: "AMEMBASSY LIMA",
      to: [to("RUEHC", "SECSTATE WASHDC", "PRIORITY", "3713")],
      info: [
        to("RUEHBO", "AMEMBASSY BOGOTA", null, "4297"),
        to("RUEHBR", "AMEMBASSY BRASILIA", null, "7179"),
        to("RUEHCV", "AMEMBASSY CARACAS", null, "0102"),
        to("RUEHLP", "AMEMBASSY LA PAZ JAN QUITO", null, "0956"),
        to("RUEHSG", "AMEMBASSY SANTIAGO", null, "1068"),
        to("RUEAIIA", "CIA WASHDC", null, null),
        to("RHMFIUU", "CDR USSOUTHCOM MIAMI FL", null, null),
        to("RHEFDIA", "DIA WASHDC", null, null),
        // The last INFO line runs into the serial line: "RHEHOND/DIRONDCP WASHDCUNCLAS LIMA 000218".
        to("RHEHOND", "DIRONDCP WASHDC", null, null),
      ],
      transmission: ["VZCZCXYZ0010", "PP RUEHWEB", "DE RUEHPE #0218/01 0261812", "ZNR UUUUU ZZH"],
    });
    expect(r.references).toEqual([
      { label: "A", text: "2006 LIMA 4766", id: "06LIMA4766", kind: "cable" },
      { label: "B", text: "2006 LIMA 3823", id: "06LIMA3823", kind: "cable" },
      { label: "C", text: "2006 LIMA 2927", id: "06LIMA2927", kind: "cable" },
      { label: "D", text: "2005 LIMA 4441", id: "05LIMA4441", kind: "cable" },
      { label: "E", text: "2003 LIMA 1098", id: "03LIMA1098", kind: "cable" },
    ]);
    expectParagraphs(r.paragraphs, [
      [null, null, "Sensitive But Unclassified, Please Handle Accordingly.", "Accordingly."],
      [null, null, "Summary", "Summary"],
      ["1", "SBU", "Post hosted 48 cocalero (i.e., coca-producer) leaders on 1/18,", "it is doubtful this will stick. End Summary."],
      [null, null, "Palomino and friends", "friends"],
      ["2", "U", "Nelson Palomino, Secretary General of the Confederation", "(Ref B, C)"],
      [null, null, "Moderated message?", "message?"],
      ["3", "U", 'The cocaleros emphasized the need to "eradicate extreme poverty"', "and alternative development."],
      [null, null, "Atmospherics", "Atmospherics"],
      ["4", "SBU", "The tone of the meeting was friendly and civil.", "for the meeting."],
      [null, null, "Comment", "Comment"],
      ["5", "SBU", "We chose to meet with Palomino, his mayors, and cocalero leaders", "sometimes hostile sector. End Comment."],
    ]);
    // A blank line inside paragraph 4 breaks it without starting a new one.
    expect(r.paragraphs[8].text).toContain("speakers,\n\nPalomino stood up");
    expectSection(r.summary, "Post hosted 48 cocalero", "it is doubtful this will stick.");
    expectSection(r.comment, "We chose to meet with Palomino", "an active and sometimes hostile sector.");
    expect(r.text.startsWith("VZCZCXYZ0010")).toBe(true);
  });

  it("from the text alone: the id from the serial line and the date-time group", async () => {
    const r = await record(SEED.textExport, false);
    expect(r).toMatchObject({
      id: "07LIMA218",
      year: 2007,
      date: "2007-01-26T18:12:00Z",
      classification: "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
      origin: "Embassy Lima",
      subject: "EMBASSY GETS TO KNOW COCALERO LEADER AND PRO-COCA MAYORS",
    });
  });
});

describe("seed 001: raw telegram with markdown residue, no metadata", () => {
  it("pins every field", async () => {
    const r = await record(SEED.telegram);
    expect(r).toMatchObject({
      id: "07LIMA3229",
      station: "LIMA",
      serial: 3229,
      year: 2007,
      date: "2007-09-24T13:26:00Z",
      classification: "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
      origin: "Embassy Lima",
      subject: "COCA GROWERS ELECT AFFILIATES OF CHAVEZ ASSOCIATE",
      tags: ["PGOV", "SNAR", "PE"],
      signer: "MCKINLEY",
      caveats: ["SIPDIS", "SENSITIVE"],
      executiveOrder: "12958",
      declassification: "N/A",
      classifiedBy: null,
      reason: null,
      section: null,
      partial: false,
      entities: [],
      released: null,
      source: { path: SEED.telegram, format: "telegram" },
      inferences: [],
      warnings: [],
    });
    expect(r.routing).toEqual({
      precedence: "P",
      dateTimeGroup: "241326Z SEP 07",
      from: "AMEMBASSY LIMA",
      to: [to("RUEHC", "SECSTATE WASHDC", "PRIORITY", "6934")],
      info: [
        to("RUEHBO", "AMEMBASSY BOGOTA", "PRIORITY", "5112"),
        to("RUEHBR", "AMEMBASSY BRASILIA", "PRIORITY", "7596"),
        to("RUEHCV", "AMEMBASSY CARACAS", "PRIORITY", "0801"),
        to("RUEHLP", "AMEMBASSY LA PAZ SEP", null, "4529"),
        to("RUEHQT", "AMEMBASSY QUITO", "PRIORITY", "1471"),
        to("RUEHSG", "AMEMBASSY SANTIAGO", "PRIORITY", "1502"),
        to("RUEAIIA", "CIA WASHDC", "PRIORITY", null),
        to("RHEFDIA", "DIA WASHDC", "PRIORITY", null),
        to("RHEHOND", "DIRONDCP WASHDC", "PRIORITY", null),
        to("RUMIAAA", "USSOUTHCOM MIAMI FL", "PRIORITY", null),
      ],
      transmission: ["VZCZCXYZ0001", "PP RUEHWEB", "DE RUEHPE #3229/01 2671326", "ZNR UUUUU ZZH"],
    });
    // A reference without a year takes the citing cable's: "E. LIMA 218" in 07LIMA3229 is 07LIMA218.
    expect(r.references).toEqual([
      { label: "A", text: "LIMA 909", id: "07LIMA909", kind: "cable" },
      { label: "B", text: "LIMA 1053", id: "07LIMA1053", kind: "cable" },
      { label: "C", text: "2006 LIMA 3823", id: "06LIMA3823", kind: "cable" },
      { label: "D", text: "2006 LIMA 2927", id: "06LIMA2927", kind: "cable" },
      { label: "E", text: "LIMA 218", id: "07LIMA218", kind: "cable" },
    ]);
    expectParagraphs(r.paragraphs, [
      ["1", "SBU", "Summary: Peru's largest coca-growers' organization", "lacks popular support. End Summary."],
      [null, null, "NEW LEADERSHIP, SAME GOALS", "GOALS"],
      ["2", "SBU", "The National Confederation of Coca Growers of Peru (CONPACCP)", "approximately 120."],
      ["3", "SBU", "Notably, delegates from areas not represented", "(see para 6)."],
      [null, null, "PALOMINO OUT, MALPARTIDA IN", "IN"],
      ["4", "SBU", "Until this year, Nelson Palomino had been the leader", "political agenda dead."],
      ["5", "SBU", "The new CONPACCP leadership is closely linked", "Upper Huallaga Valley."],
      [null, null, "STRIKES THREATENED", "THREATENED"],
      ["6", "SBU", "CONPACCP leaders are planning a strike", "(We will report related developments septel.)"],
      [null, null, "Comment:", "Comment:"],
      ["7", "SBU", "There is much debate about the significance", "oppose that policy however it can."],
    ]);
    expectSection(r.summary, "Peru's largest coca-growers' organization elected new leadership September 14.", "lacks popular support.");
    expectSection(r.comment, "There is much debate about the significance", "however it can.");
  });
});

describe("seed 002: NER-annotated HTML dump, year not stated", () => {
  it("pins every field", async () => {
    const r = await record(SEED.nerHtml);
    expect(r).toMatchObject({
      id: null,
      station: "LIMA",
      serial: 2158,
      year: null,
      date: null,
      classification: "CONFIDENTIAL",
      origin: "Embassy Lima",
      subject: "COCALEROS ATTRACTIVE TO POLITICAL GROUPS BUT NARCOTRAFFICKERS GIVE THEM ALL THE SUPPORT THEY NEED",
      routing: null,
      tags: ["SNAR", "ASEC", "PGOV", "PTER", "PE"],
      signer: "STRUBLE",
      caveats: ["SIPDIS"],
      executiveOrder: "12958",
      declassification: "2014-11-11",
      classifiedBy: "PolCouns Alexander Margulies",
      reason: "1.4 (b, d)",
      section: "01 OF 03",
      partial: false,
      released: null,
      source: { path: SEED.nerHtml, format: "ner-html" },
    });
    // Without the citing cable's year the references cannot be resolved: text kept, id null.
    expect(r.references).toEqual(
      ["A:LIMA 2055", "B:LIMA 1929", "C:LIMA 1794", "D:LIMA 1712", "E:LIMA 1418"].map((s) => {
        const [label, text] = s.split(":");
        return { label, text, id: null, kind: "cable" };
      }),
    );
    expect(r.paragraphs.map((p) => [p.number, p.classification])).toEqual(
      Array.from({ length: 13 }, (_, i) => [String(i + 1), "C"]),
    );
    expect(r.paragraphs[0].text.startsWith("Summary: Although the various cocalero groups")).toBe(true);
    expect(r.paragraphs[12].text.endsWith("consideration of a coca law on all fronts .")).toBe(true);
    expectSection(r.summary, "Although the various cocalero groups remain fragmented", "in Polvora-Pizana area of San Martin .");
    expectSection(r.comment, "This report , based chiefly on a well-placed", "on all fronts .");
    expect(r.entities).toEqual(
      expect.arrayContaining([
        { type: "PER", text: "Alexander Margulies", count: 1 },
        { type: "PER", text: "Evo Morales", count: 2 },
        { type: "ORG", text: "VRAE", count: 12 },
        { type: "LOC", text: "Cuzco", count: 4 },
        { type: "MISC", text: "Bolivian", count: 3 },
      ]),
    );
    expect(r.text).not.toContain("[PER ");
    expect(r.warnings).toEqual([
      "the text does not state the year: id left null",
      "references without a year left unresolved: the citing cable's year is unknown",
    ]);
    // The DECL date is weak evidence (the cable is really 05LIMA2158): an inference, never the id.
    expect(r.inferences).toContainEqual(expect.objectContaining({ field: "year", value: "2004" }));
    expect(r.inferences.every((i) => i.field === "year")).toBe(true);
  });
});

describe("seed 003: partial extract, year not stated", () => {
  it("pins every field", async () => {
    const r = await record(SEED.partialExtract);
    expect(r).toMatchObject({
      id: null,
      station: "LIMA",
      serial: 1409,
      year: null,
      date: null,
      classification: "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
      origin: "Embassy Lima",
      subject: "FUTURE OF OUR CN PROGRAMS AND OBJECTIVES IN PERU",
      routing: null,
      tags: ["SNAR", "EAID", "PGOV", "PREL", "PE"],
      comment: null,
      signer: "STRUBLE",
      caveats: ["SIPDIS", "SENSITIVE"],
      executiveOrder: "12958",
      declassification: "N/A",
      classifiedBy: null,
      reason: null,
      section: "01 OF 03",
      partial: true,
      entities: [],
      released: null,
      source: { path: SEED.partialExtract, format: "partial-extract" },
    });
    // The REF block on one line: "REF: A. LIMA 004 B. LIMA 353 C. LIMA 1288".
    expect(r.references).toEqual([
      { label: "A", text: "LIMA 004", id: null, kind: "cable" },
      { label: "B", text: "LIMA 353", id: null, kind: "cable" },
      { label: "C", text: "LIMA 1288", id: null, kind: "cable" },
    ]);
    // The extract skips paragraphs 5 to 14.
    expectParagraphs(r.paragraphs, [
      ["1", "SBU", "Summary: As reported reftels", "manage the problem on its own. End Summary."],
      [null, null, "CN OUTLOOK", "CN OUTLOOK"],
      ["2", "SBU", "Embassy Lima's overarching counter-narcotics objective", "interdiction and eradication efforts."],
      ["3", "SBU", "Marginal production of illegal coca", "manage the problem on its own."],
      ["4", "SBU", "This stability point remains some way off.", "the problems of\n\nnarcotics trafficking."],
      ["15", "SBU", "We can claim some areas of progress", "using new tactics."],
      ["16", "SBU", "The Alternative Development Program is an essential element", "in expanding coca-free areas."],
      ["17", "SBU", "In the medium term, the picture grows brighter.", "narco state-within-a-state."],
      ["18", "SBU", "Over the next 12 months, we will working hard", "growing domestic drug consumption problem in Peru."],
    ]);
    expectSection(r.summary, "As reported reftels, our Mission counter-drug strategy", "manage the problem on its own.");
    expect(r.warnings).toContain("the text does not state the year: id left null");
    expect(r.inferences.length).toBeGreaterThan(0);
    expect(r.inferences.every((i) => i.field === "year")).toBe(true);
  });
});

describe("seed 004: record dump of a partial extract", () => {
  it("pins every field", async () => {
    const r = await record(SEED.recordDump);
    expect(r).toMatchObject({
      id: "05LIMA1246",
      station: "LIMA",
      serial: 1246,
      year: 2005,
      date: "2005-03-14T21:05:00Z",
      classification: "CONFIDENTIAL",
      origin: "Embassy Lima",
      subject: "OPIUM STRATEGY PROGRESS REPORT",
      routing: null,
      tags: ["SNAR", "EAID", "PGOV", "PREL", "PE"],
      comment: null,
      signer: "STRUBLE",
      caveats: ["SIPDIS"],
      executiveOrder: "12958",
      declassification: "2015-03-14",
      classifiedBy: "J. Curtis Struble, Ambassador",
      reason: "1.4 A",
      section: "01 OF 03",
      partial: true,
      entities: [],
      released: null,
      source: { path: SEED.recordDump, format: "record-dump" },
      inferences: [],
    });
    // "A. A. LIMA 0004": the label written twice, leading zeros dropped, the citing cable's year.
    expect(r.references).toEqual([
      { label: "A", text: "LIMA 0004", id: "05LIMA4", kind: "cable" },
      { label: "B", text: "LIMA 579", id: "05LIMA579", kind: "cable" },
      { label: "C", text: "QUITO 149", id: "05QUITO149", kind: "cable" },
    ]);
    expectParagraphs(r.paragraphs, [
      [null, "C", "BEGIN SUMMARY: In the first two months of 2005", "adjust our efforts accordingly. END SUMMARY"],
      ["1", "C", "The Mission strategy to combat opium production", "regional cooperation."],
      [null, null, "INTELLIGENCE-GATHERING", "INTELLIGENCE-GATHERING"],
      ["2", "C", "Collecting human intelligence is key", "verification and mapping."],
      [null, null, "INTERDICTION, REGIONAL COOPERATION AND ERADICATION", "ERADICATION"],
      ["3", "C", "Interdicting opium latex is a key part", "tied to the hotline. They have developed a radio spot and posters that will be distributed in towns close to poppy growing zones and trafficking routes."],
      ["4", "SBU", "Based on information from an informant", "Demand for heroin in Peru is not evident."],
      ["5", "SBU", "Regional cooperation on opium trafficking", "with support from DEA."],
      ["6", "SBU", "An Embassy group led by the DCM", "participation in opium poppy operations."],
      ["7", "SBU", "On the eradication front", "whenever it is found."],
      ["8", "SBU", "Peruvian law requires the presence", "participate in anti-opium operations."],
      [null, null, "SUPPORT NEEDS", "SUPPORT NEEDS"],
      ["9", "SBU", "We are counting on INL to provide aircraft", "this is not yet confirmed (REF D)."],
      ["10", "SBU", "CONCLUSION: The basis of our efforts", "might be needed."],
    ]);
    expectSection(r.summary, "In the first two months of 2005, the Mission concentrated", "adjust our efforts accordingly.");
    // Paragraph 9 cites REF D; the REF list stops at C.
    expect(r.warnings).toEqual(["the body cites REF D but the REF list has no D"]);
  });
});
