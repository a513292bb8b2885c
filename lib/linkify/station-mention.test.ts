// Cables cited by station and serial in running text: snippets from the cables.csv sample, with the
// citing cable each comes from.
import { describe, expect, it } from "vitest";
import { linkify } from "@/lib/linkify/linkify";
import { createLinkContext, type CitingCable, type LinkContext, type ReferenceEntry, type Segment } from "@/lib/linkify/segment";
import { mentionedCableIds } from "@/lib/linkify/station-mention";

const citing = (id: string, year: number): CitingCable => ({ id, year });

const READS: [name: string, text: string, citing: CitingCable, ids: string[]][] = [
  // Years: written before the station (2 or 4 digits), else the citing cable's.
  ["2-digit year across a line", "FOR TRAVEL TO THE U.S.  SEE \n84 ALEXANDRIA 329.)  THE MINISTRY", citing("85ALEXANDRIA548", 1985), ["84ALEXANDRIA329"]],
  ["2-digit year", "COMPANY (DISCUSSED IN DETAIL IN 86 ALEXANDRIA 1406). ", citing("87ALEXANDRIA292", 1987), ["86ALEXANDRIA1406"]],
  ["4-digit year, alias", "REF:  A)  2002 HCMC 914   B)  HANOI 807  C)  HANOI 842 ", citing("03HOCHIMINHCITY412", 2003), ["02HOCHIMINHCITY914", "03HANOI807", "03HANOI842"]],
  ["citing year, title case", "3.  Pursuant to State 66580 dated March 25, 2004, country", citing("05ATHENS41", 2005), ["05STATE66580"]],
  ["before a full stop", "1. (U) This is a retransmission of Brussels 4731. Paragraph 4 ", citing("04BRUSSELS4758", 2004), ["04BRUSSELS4731"]],
  ["before a comma", "GALVANIZED CAIRO (SEE CAIRO 16094, PLUS \nNEWS REPORTS", citing("85ALEXANDRIA535", 1985), ["85CAIRO16094"]],
  ["prose after the serial", "2.  FOLLOWING IS TEXT OF STATE 14270 TO CAIRO (DATED ", citing("88STATE34351", 1988), ["88STATE14270"]],
  ["after a reftel's paragraph", "chemicals (reftel para 5; \nGuatemala 3188).  Vice President", citing("04GUATEMALA3211", 2004), ["04GUATEMALA3188"]],
  ["numbered list", "Ref: (1) Zagreb 2103 (2) Belgrade 2482 ", citing("04ZAGREB2083", 2004), ["04ZAGREB2103", "04BELGRADE2482"]],
  // Stations of several words: the longest known one.
  ["four words", "REF: HO CHI MINH CITY 538 ", citing("02HOCHIMINHCITY602", 2002), ["02HOCHIMINHCITY538"]],
  ["four words, title case, year", "REF: 02 Ho Chi Minh City 1304 ", citing("03HOCHIMINHCITY468", 2003), ["02HOCHIMINHCITY1304"]],
  ["two words", "REFTELS:  A)  STATE 106548  B)  NEW DELHI 6957  C)  ISLAMABAD 5640 ", citing("97ISLAMABAD7636", 1997), ["97STATE106548", "97NEWDELHI6957", "97ISLAMABAD5640"]],
  ["THE HAGUE, a label run on", "A. A)STATE 70789; B. B) SEOUL 1144 \nC. C) SINGAPORE 675; D. D) THE HAGUE 4750", citing("00ATHENS1501", 2000), ["00STATE70789", "00SEOUL1144", "00SINGAPORE675", "00THEHAGUE4750"]],
  ["alias", "REF A SECSTATE 259661 ", citing("02ROME1", 2002), ["02STATE259661"]],
  // Read as ids all the same (they link only if the archive holds them): a postal district, prose.
  ["postal district", "Landsdowne Road, Ballsbridge, Dublin 4 telephone number ", citing("04DUBLIN1550", 2004), ["04DUBLIN4"]],
  ["prose number", "HAD PAID THE STATE 173 PIASTERS PER SQUARE METER ", citing("85ALEXANDRIA817", 1985), ["85STATE173"]],
  ["postal code", "2nd floor, Yerevan 375010, Armenia ", citing("04YEREVAN1066", 2004), ["04YEREVAN375010"]],
  // No serial, no station, no year, or the cable itself.
  ["own section line", "UNCLAS SECTION 02 OF 04 ZAGREB 02203 ", citing("92ZAGREB2203", 1992), []],
  ["own page header", "PAGE 03        ZAGREB  00082  02 OF 04  071632Z ", citing("94ZAGREB82", 1994), []],
  ["own serial line", "C O N F I D E N T I A L LIMA 003229 ", citing("07LIMA3229", 2007), []],
  ["a year, not a serial", "that the Istanbul 1994 election was a tightly", citing("03ISTANBUL349", 2003), []],
  ["a year-like serial after a written year", "SEE 02 ISTANBUL 1994 AND GENEVA 2039", citing("03ISTANBUL349", 2003), ["02ISTANBUL1994"]],
  ["a longer number before the station, no year", "ROOM 12002 LIMA 218, 5 2002 LIMA 219 ", citing("07LIMA1", 2007), ["07LIMA218", "02LIMA219"]],
  ["three digits before the station, no year", "NO. 102 LIMA 218 ", citing("07LIMA1", 2007), ["07LIMA218"]],
  ["a serial past the years", "STATE 1899 AND STATE 2040", citing("03ISTANBUL349", 2003), ["03STATE1899", "03STATE2040"]],
  ["more than six digits", "CAIRO 1234567 ", citing("85CAIRO1", 1985), []],
  ["a fraction", "CAIRO 12/3 ", citing("85CAIRO1", 1985), []],
  ["a decimal", "LIMA 4.5 PERCENT, LIMA 1,200 ", citing("07LIMA1", 2007), []],
  ["an ordinal", "CAIRO 3RD ", citing("85CAIRO1", 1985), []],
  ["glued to the station", "CAIRO16094 ", citing("85CAIRO1", 1985), []],
  ["lower case", "the state 173 piasters", citing("85CAIRO1", 1985), []],
  ["unknown station", "SEPTEMBER 24, AND ANOTHER 400", citing("07LIMA1", 2007), []],
  ["station inside a word", "ZLIMA 218, 5LIMA 218", citing("07LIMA1", 2007), []],
];

describe("station and serial mentions", () => {
  it.each(READS)("%s", (_name, text, from, ids) => {
    expect(mentionedCableIds([text], from)).toEqual(ids);
  });

  it("without a year written or known, reads only mentions that write one", () => {
    const undated = { id: null, year: null };
    expect(mentionedCableIds(["SEE CAIRO 16094 AND 86 ALEXANDRIA 1406"], undated)).toEqual(["86ALEXANDRIA1406"]);
  });

  it("collects each id once across texts, skipping empty ones", () => {
    expect(mentionedCableIds(["STATE 14270", null, "STATE 14270 AND STATE 0014270"], citing("88CAIRO1", 1988))).toEqual(["88STATE14270"]);
  });
});

const TARGETS = { cable: (id: string) => `/cable/${id}`, reference: (index: number) => `#ref-${index}`, paragraph: (number: string) => `#para-${number}` };

function contextOf(from: CitingCable, archived: string[], references: ReferenceEntry[] = [{ label: "A", text: "STATE 1", id: "02STATE1" }]): LinkContext {
  return createLinkContext(references, ["4", "86"], TARGETS, { citing: from, archivedIds: new Set(archived) });
}

function show(segments: Segment[]): string {
  return segments.map((segment) => ("href" in segment ? `[${segment.text}](${segment.href})` : segment.text)).join("");
}

const LINKS: [name: string, text: string, context: LinkContext, expected: string][] = [
  ["year in the link", "IN 86 ALEXANDRIA 1406). ", contextOf(citing("87ALEXANDRIA292", 1987), ["86ALEXANDRIA1406"]), "IN [86 ALEXANDRIA 1406](/cable/86ALEXANDRIA1406)). "],
  ["four words", "REF: 02 Ho Chi Minh City 1304 ", contextOf(citing("03HOCHIMINHCITY468", 2003), ["02HOCHIMINHCITY1304"]), "REF: [02 Ho Chi Minh City 1304](/cable/02HOCHIMINHCITY1304) "],
  ["a paragraph beside", "This is a retransmission of Brussels 4731. Paragraph 4 ", contextOf(citing("04BRUSSELS4758", 2004), ["04BRUSSELS4731"]), "This is a retransmission of [Brussels 4731](/cable/04BRUSSELS4731). [Paragraph 4](#para-4) "],
  ["a label beside", "REF A SECSTATE 259661 ", contextOf(citing("02ROME1", 2002), ["02STATE259661"]), "[REF A](/cable/02STATE1) [SECSTATE 259661](/cable/02STATE259661) "],
  ["only what the archive holds", "A)  STATE 106548  B)  NEW DELHI 6957", contextOf(citing("97ISLAMABAD7636", 1997), ["97NEWDELHI6957"]), "A)  STATE 106548  B)  [NEW DELHI 6957](/cable/97NEWDELHI6957)"],
  ["prose not archived", "HAD PAID THE STATE 173 PIASTERS", contextOf(citing("85ALEXANDRIA817", 1985), ["85STATE14270"]), "HAD PAID THE STATE 173 PIASTERS"],
  ["postal district not archived", "Ballsbridge, Dublin 4 telephone number", contextOf(citing("04DUBLIN1550", 2004), []), "Ballsbridge, Dublin 4 telephone number"],
  // Were such a cable archived, the reader could not tell it from prose: it links.
  ["prose archived", "HAD PAID THE STATE 173 PIASTERS", contextOf(citing("85ALEXANDRIA817", 1985), ["85STATE173"]), "HAD PAID THE [STATE 173](/cable/85STATE173) PIASTERS"],
  ["never the cable itself", "UNCLAS SECTION 02 OF 04 ZAGREB 02203 ", contextOf(citing("92ZAGREB2203", 1992), ["92ZAGREB2203", "04ZAGREB2203"]), "UNCLAS SECTION 02 OF 04 ZAGREB 02203 "],
  ["after reftel's paragraph", "(reftel para 5; Guatemala 3188)", contextOf(citing("04GUATEMALA3211", 2004), ["04GUATEMALA3188"], [{ label: null, text: "STATE 9", id: "04STATE9" }]), "([reftel](/cable/04STATE9) para 5; [Guatemala 3188](/cable/04GUATEMALA3188))"],
  ["a label, a dash", "REF A - LIMA 218", contextOf(citing("02LIMA1", 2002), ["02LIMA218"]), "[REF A](/cable/02STATE1) - [LIMA 218](/cable/02LIMA218)"],
  // Links never overlap: the paragraph read first keeps its number.
  ["a paragraph link first", "SEE PARA 86 ALEXANDRIA 1406", contextOf(citing("87ALEXANDRIA1", 1987), ["86ALEXANDRIA1406"]), "SEE [PARA 86](#para-86) ALEXANDRIA 1406"],
];

describe("linkify: cables cited by station and serial", () => {
  it.each(LINKS)("%s", (_name, text, context, expected) => {
    expect(show(linkify(text, context))).toBe(expected);
  });

  it("names the cable", () => {
    const context = contextOf(citing("88STATE34351", 1988), ["88STATE14270"]);
    expect(linkify("TEXT OF STATE 14270 TO CAIRO", context)[1]).toEqual({ text: "STATE 14270", href: "/cable/88STATE14270", title: "Cable 88STATE14270" });
  });

  it("links every mention of a long text and keeps every character", () => {
    const text = "SEE HO CHI MINH CITY 759, ".repeat(50_000);
    const segments = linkify(text, contextOf(citing("03HANOI1", 2003), ["03HOCHIMINHCITY759"]));
    expect(segments.filter((segment) => "href" in segment)).toHaveLength(50_000);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
  });

  it("reads long words and digit runs without linking them", () => {
    const text = `${"A".repeat(100_000)} 1 ${"9".repeat(100_000)} ${"LIMA ".repeat(100_000)}218`;
    expect(linkify(text, contextOf(citing("07LIMA1", 2007), ["07LIMA218"]))).toHaveLength(2);
  });
});
