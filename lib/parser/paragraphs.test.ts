import { describe, expect, it } from "vitest";
import { parseParagraphs, splitMarking } from "./paragraphs";

const shape = (lines: string[]) => parseParagraphs(lines).map((p) => `${p.number ?? "-"}|${p.classification ?? "-"}|${p.text}`);

describe("parseParagraphs", () => {
  it.each([
    [["¶1. (SBU) Post hosted 48 cocalero", "leaders on 1/18.", "", "¶2. (U) Nelson Palomino"], ["1|SBU|Post hosted 48 cocalero leaders on 1/18.", "2|U|Nelson Palomino"]],
    [["1.  (C) THE MISSION", "STRATEGY.", "", "2. (S//NF) MORE."], ["1|C|THE MISSION STRATEGY.", "2|S//NF|MORE."]],
    // Tokenised by the NER dump: "¶1 ." on its own line, "( C )" on the next.
    [["¶1 .", "( C ) Summary: Although the", "End Summary.", "¶2 .", "( C ) In the wake"], ["1|C|Summary: Although the End Summary.", "2|C|In the wake"]],
    // Text before paragraph 1 stays, number null; a heading over a rule is its own paragraph.
    [["Sensitive But Unclassified, Please Handle Accordingly.", "", "Summary", "-------", "", "¶1. (SBU) Post hosted"], ["-|-|Sensitive But Unclassified, Please Handle Accordingly.", "-|-|Summary", "1|SBU|Post hosted"]],
    [["SUMMARY", "- - - -", "", "1. (C)  Charge met the Senator."], ["-|-|SUMMARY", "1|C|Charge met the Senator."]],
    [["1. (SBU) One.", "", "NEW LEADERSHIP, SAME GOALS", "", "2. (SBU) Two."], ["1|SBU|One.", "-|-|NEW LEADERSHIP, SAME GOALS", "2|SBU|Two."]],
    // A blank line inside a paragraph breaks it without starting a new one.
    [["4. (SBU) The tone was civil. To set himself apart,", "", "Palomino stood up."], ["4|SBU|The tone was civil. To set himself apart,\n\nPalomino stood up."]],
    // A partial extract skips paragraphs: 15 after 4 counts when a marking follows.
    [["4. (SBU) Four.", "", "15. (SBU) Fifteen."], ["4|SBU|Four.", "15|SBU|Fifteen."]],
    // A number out of sequence inside a paragraph is text.
    [["1. (C) THE LIST:", "5. IS NOT A PARAGRAPH"], ["1|C|THE LIST: 5. IS NOT A PARAGRAPH"]],
    [["1.  C-ENTIRE TEXT."], ["1|-|C-ENTIRE TEXT."]],
  ])("%j", (lines, paragraphs) => {
    expect(shape(lines)).toEqual(paragraphs);
  });
});

describe("splitMarking", () => {
  it.each([
    ["(SBU) Text", "SBU", "Text"],
    ["( C ) Text", "C", "Text"],
    ["(CONFIDENTIAL - ENTIRE TEXT.)", "CONFIDENTIAL - ENTIRE TEXT.", ""],
    ["(Note: Palomino was released) Text", null, "(Note: Palomino was released) Text"],
    ["(U.S. officials) agree", null, "(U.S. officials) agree"],
    ["(A) SUBJECTS COVERED", null, "(A) SUBJECTS COVERED"],
    ["(S) Text", "S", "Text"],
  ])("%s", (text, classification, rest) => {
    expect(splitMarking(text)).toEqual({ classification, text: rest });
  });
});
