import { describe, expect, it } from "vitest";
import { firstHitParagraph, indexTokens } from "@/lib/search/paragraph-hit";
import type { SearchTerm } from "@/lib/search/query";

const word = (text: string, prefix = false): SearchTerm => ({ text, phrase: false, prefix });
const phrase = (text: string): SearchTerm => ({ text, phrase: true, prefix: false });

const PARAGRAPHS = [
  { number: null, text: "Summary: cocaleros met the Ambassador." },
  { number: "1", text: "Post hosted 48 cocalero (i.e., coca-producer) leaders." },
  { number: "2", text: "Nelson Palomino, Secretary General of the Confederation." },
  { number: "3", text: "The cocaleros emphasized the need to eradicate extreme poverty in Perú." },
  { number: "1", text: "Section two restarts its numbers: opium." },
];

const CASES: { name: string; terms: SearchTerm[]; paragraph: string | null }[] = [
  { name: "first numbered paragraph with the word", terms: [word("cocalero")], paragraph: "1" },
  { name: "the unnumbered summary has no anchor", terms: [word("cocaleros")], paragraph: "3" },
  { name: "prefix", terms: [word("palom", true)], paragraph: "2" },
  { name: "phrase in order", terms: [phrase("extreme poverty")], paragraph: "3" },
  { name: "phrase out of order", terms: [phrase("poverty extreme")], paragraph: null },
  { name: "hyphenated word as a phrase", terms: [word("coca-producer")], paragraph: "1" },
  { name: "accents removed on both sides", terms: [word("peru")], paragraph: "3" },
  { name: "any of several terms", terms: [word("poverty"), word("secretary")], paragraph: "2" },
  { name: "a repeated number anchors nothing", terms: [word("opium")], paragraph: null },
  { name: "a word only inside another is no hit", terms: [word("coca")], paragraph: "1" },
];

describe("firstHitParagraph", () => {
  it.each(CASES)("$name", ({ terms, paragraph }) => {
    expect(firstHitParagraph(PARAGRAPHS, terms)).toBe(paragraph);
  });

  it("tokenizes like unicode61 with diacritics removed", () => {
    expect(indexTokens("Perú's CN-program, 2007")).toEqual(["peru", "s", "cn", "program", "2007"]);
  });
});

describe("firstHitParagraph on plain ASCII text", () => {
  const paragraphs = [
    { number: "1", text: "PRODUCERS OF COCA MET." },
    { number: "2", text: "Cocaine seizures rose; the COCA-LEAF trade too." },
  ];
  it.each([
    { name: "a word as a substring only is no hit", terms: [word("producer")], paragraph: null },
    { name: "capitals match", terms: [word("coca")], paragraph: "1" },
    { name: "prefix matches a longer word", terms: [word("cocain", true)], paragraph: "2" },
    { name: "phrase across punctuation", terms: [phrase("coca leaf")], paragraph: "2" },
    { name: "accented term, plain text", terms: [word("cocá")], paragraph: "1" },
  ])("$name", ({ terms, paragraph }) => {
    expect(firstHitParagraph(paragraphs, terms)).toBe(paragraph);
  });
});
