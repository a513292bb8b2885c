import { describe, expect, it } from "vitest";
import { linkify } from "@/lib/linkify/linkify";
import { createLinkContext, type LinkTargets, type ReferenceEntry, type Segment } from "@/lib/linkify/segment";

const TARGETS: LinkTargets = {
  cable: (id) => `/cable/${id}`,
  reference: (index) => `#ref-${index}`,
  paragraph: (number) => `#para-${number}`,
};

/** Seed 001 (07LIMA3229): five labelled references, all resolved; paragraphs 1-9. */
const LIMA_3229 = createLinkContext(
  [
    { label: "A", text: "LIMA 909", id: "07LIMA909" },
    { label: "B", text: "LIMA 1053", id: "07LIMA1053" },
    { label: "C", text: "2006 LIMA 3823", id: "06LIMA3823" },
    { label: "D", text: "2006 LIMA 2927", id: "06LIMA2927" },
    { label: "E", text: "LIMA 218", id: "07LIMA218" },
  ],
  [null, "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  TARGETS,
);

/** Seed 002 (LIMA 2158, year unknown): the references cannot be resolved to ids. */
const LIMA_2158 = createLinkContext(
  ["A", "B", "C", "D", "E"].map((label) => ({ label, text: `LIMA ${label}`, id: null })),
  ["1", "2"],
  TARGETS,
);

const SOLE_REFERENCE = createLinkContext([{ label: null, text: "STATE 12345", id: "06STATE12345" }], ["1", "2"], TARGETS);

/** Segments as "text [link text](href)" for compact expectations. */
function show(segments: Segment[]): string {
  return segments.map((segment) => ("href" in segment ? `[${segment.text}](${segment.href})` : segment.text)).join("");
}

const CASES: [name: string, text: string, context: typeof LIMA_3229, expected: string][] = [
  // Seed 001, 07LIMA3229
  ["ref in parentheses", "with cocaleros and political leaders (ref E) generated", LIMA_3229, "with cocaleros and political leaders ([ref E](/cable/07LIMA218)) generated"],
  ["refs A and B", "a survey of coca-producing areas; see refs A and B); (3)", LIMA_3229, "a survey of coca-producing areas; see [refs A](/cable/07LIMA909) and [B](/cable/07LIMA1053)); (3)"],
  ["refs C and D", "national political ambitions (refs C and D). Rumors", LIMA_3229, "national political ambitions ([refs C](/cable/06LIMA3823) and [D](/cable/06LIMA2927)). Rumors"],
  ["para to an anchor", "execution of a nationwide strike (see para 6).", LIMA_3229, "execution of a nationwide strike (see [para 6](#para-6))."],
  // Seed 000, 07LIMA218
  ["(ref A)", "on the VRAE Plan (ref A). This was", LIMA_3229, "on the VRAE Plan ([ref A](/cable/07LIMA909)). This was"],
  ["(Ref B, C)", "to achieve this. (Ref B, C)", LIMA_3229, "to achieve this. ([Ref B](/cable/07LIMA1053), [C](/cable/06LIMA3823))"],
  // Seed 002: unresolved references link to the REF list; spaced parentheses of the NER dump
  ["unresolved to the list", "Third Cocalero Congress ( Ref E ) , cocalero", LIMA_2158, "Third Cocalero Congress ( [Ref E](#ref-4) ) , cocalero"],
  ["range A - D", "Upper Huallaga River region ( Refs A - D ) is", LIMA_2158, "Upper Huallaga River region ( [Refs A](#ref-0) - [D](#ref-3) ) is"],
  // Seed 004: a label the list lacks stays text
  ["unknown label", "is not yet confirmed (REF D).", createLinkContext([{ label: "A", text: "LIMA 0004", id: "05LIMA4" }], [], TARGETS), "is not yet confirmed (REF D)."],
  ["capitals", "STRATEGY SET FORTH IN REF A. WORKING", LIMA_3229, "STRATEGY SET FORTH IN [REF A](/cable/07LIMA909). WORKING"],
  ["paras 3-4", "AS NOTED IN PARAS 3-4 ABOVE", LIMA_3229, "AS NOTED IN [PARAS 3](#para-3)-[4](#para-4) ABOVE"],
  ["para. with a dot", "see para. 2 above", LIMA_3229, "see [para. 2](#para-2) above"],
  ["missing paragraph stays text", "see para 12 and para 3", LIMA_3229, "see para 12 and [para 3](#para-3)"],
  ["second of a list only", "paras 12 and 3", LIMA_3229, "paras 12 and [3](#para-3)"],
  ["another cable's paragraph", "AS REPORTED IN PARA 3 OF REFTEL, THE", SOLE_REFERENCE, "AS REPORTED IN PARA 3 OF [REFTEL](/cable/06STATE12345), THE"],
  ["cited cable's paragraph", "(REF B PARA 4)", LIMA_3229, "([REF B](/cable/07LIMA1053) PARA 4)"],
  ["reftel with one reference", "per reftel, the", SOLE_REFERENCE, "per [reftel](/cable/06STATE12345), the"],
  ["reftel with several", "per reftel, the", LIMA_3229, "per reftel, the"],
  ["reftel with a label", "REFTEL B REPORTED", LIMA_3229, "[REFTEL B](/cable/07LIMA1053) REPORTED"],
  ["article after a comma", "SEE REF A, A DELEGATION", LIMA_3229, "SEE [REF A](/cable/07LIMA909), A DELEGATION"],
  ["list after a comma", "REFS A, B AND C", LIMA_3229, "[REFS A](/cable/07LIMA909), [B](/cable/07LIMA1053) AND [C](/cable/06LIMA3823)"],
  // Forms from the cables.csv sample
  ["lower-case label", "SBC Turkey headquarters (ref b) appear", LIMA_3229, "SBC Turkey headquarters ([ref b](/cable/07LIMA1053)) appear"],
  ["lower-case list", "in refs c and d, the", LIMA_3229, "in [refs c](/cable/06LIMA3823) and [d](/cable/06LIMA2927), the"],
  ["abbreviated ref.", "arms sales (ref. E); creating", LIMA_3229, "arms sales ([ref. E](/cable/07LIMA218)); creating"],
  ["abbreviated list", "with NGOs. (Ref. B and E) The ILO", LIMA_3229, "with NGOs. ([Ref. B](/cable/07LIMA1053) and [E](/cable/07LIMA218)) The ILO"],
  ["label in parentheses", "NOTE: REFTEL (C) REPORTED THAT", LIMA_3229, "NOTE: [REFTEL (C)](/cable/06LIMA3823) REPORTED THAT"],
  ["reftel's paragraph", "(reftel para 5; Guatemala 3188)", SOLE_REFERENCE, "([reftel](/cable/06STATE12345) para 5; Guatemala 3188)"],
  ["ref's paragraph list", "REF A, PARAS 2-3: START LINE ONE", LIMA_3229, "[REF A](/cable/07LIMA909), PARAS 2-3: START LINE ONE"],
  ["reftel with a label the list lacks", "request (reftel A), hosted", SOLE_REFERENCE, "request ([reftel](/cable/06STATE12345) A), hosted"],
  ["ambiguous reftel's paragraph", "SEE REFTEL PARA 2", LIMA_3229, "SEE REFTEL PARA 2"],
  ["not a label: a sentence after ref.", "see ref. A new law passed", LIMA_3229, "see ref. A new law passed"],
  ["not a label: two letters", "REF AB", LIMA_3229, "REF AB"],
  ["not a label: mixed-case article", "a ref a day", LIMA_3229, "a ref a day"],
  ["not a keyword inside a word", "PREFA REFERENCE PARAGUAY", LIMA_3229, "PREFA REFERENCE PARAGUAY"],
  ["a label across a wrapped line", "ref\nE", LIMA_3229, "[ref\nE](/cable/07LIMA218)"],
  ["nothing to link", "THE MAYORS MET THE AMBASSADOR.", LIMA_3229, "THE MAYORS MET THE AMBASSADOR."],
];

describe("linkify", () => {
  it.each(CASES)("%s", (_name, text, context, expected) => {
    expect(show(linkify(text, context))).toBe(expected);
  });

  it("keeps every character, in order", () => {
    const text = "see refs A and B); (3) (see para 6). Refs A - D, reftel";
    expect(linkify(text, LIMA_3229).map((segment) => segment.text).join("")).toBe(text);
  });

  it("names each link for a reader: the reference's id or text, the paragraph", () => {
    const titles = linkify("(ref E) para 6", LIMA_3229).flatMap((segment) => ("title" in segment ? [segment.title] : []));
    expect(titles).toEqual(["Reference E: 07LIMA218", "Paragraph 6"]);
    expect(linkify("(Ref E)", LIMA_2158)[1]).toMatchObject({ title: "Reference E: LIMA E" });
  });

  it("keeps markup in cable text as text", () => {
    expect(linkify("<b>ref E</b>", LIMA_3229)).toEqual([
      { text: "<b>" },
      { text: "ref E", href: "/cable/07LIMA218", title: "Reference E: 07LIMA218" },
      { text: "</b>" },
    ]);
  });

  it("reads a list of any length (no recursion, no spread of its links)", () => {
    const text = `REFS ${"A, ".repeat(200_000)}B`;
    const segments = linkify(text, LIMA_3229);
    expect(segments.filter((segment) => "href" in segment)).toHaveLength(200_001);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
  });

  it("returns one plain segment for empty text", () => {
    expect(linkify("", LIMA_3229)).toEqual([{ text: "" }]);
  });

  it("the first of two entries with one label wins", () => {
    const entries: ReferenceEntry[] = [
      { label: "A", text: "LIMA 1", id: "07LIMA1" },
      { label: "A", text: "LIMA 2", id: "07LIMA2" },
    ];
    expect(show(linkify("ref A", createLinkContext(entries, [], TARGETS)))).toBe("[ref A](/cable/07LIMA1)");
  });
});
