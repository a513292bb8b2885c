import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_TERMS, parseSearchQuery } from "@/lib/search/query";

const TRANSLATIONS: { query: string; match: string; terms?: string[] }[] = [
  { query: "cocalero", match: '"cocalero"' },
  { query: "  coca   growers ", match: '"coca" AND "growers"', terms: ["coca", "growers"] },
  { query: '"coca growers"', match: '"coca growers"' },
  { query: '"coca   growers" elect', match: '"coca growers" AND "elect"' },
  { query: "cocaler*", match: '"cocaler"*' },
  { query: '"coca grow"*', match: '"coca grow"*' },
  { query: "coca AND opium", match: '"coca" AND "opium"' },
  { query: "coca OR opium", match: '"coca" OR "opium"' },
  { query: "coca NOT cocaine", match: '"coca" NOT "cocaine"', terms: ["coca"] },
  { query: "-cocaine coca", match: '"coca" NOT "cocaine"', terms: ["coca"] },
  { query: "coca -cocaine -heroin", match: '"coca" NOT ("cocaine" OR "heroin")', terms: ["coca"] },
  { query: "coca growers -cocaine", match: '("coca" AND "growers") NOT "cocaine"', terms: ["coca", "growers"] },
  { query: "(coca OR opium) AND peru", match: '("coca" OR "opium") AND "peru"', terms: ["coca", "opium", "peru"] },
  { query: "coca OR opium peru", match: '"coca" OR ("opium" AND "peru")' },
  { query: "peru -(coca OR opium)", match: '"peru" NOT ("coca" OR "opium")', terms: ["peru"] },
  { query: "peru NOT (coca -leaf)", match: '"peru" NOT ("coca" NOT "leaf")', terms: ["peru"] },
  // Lower-case operators are words; a hyphen inside a word is part of it.
  { query: "coca and not", match: '"coca" AND "and" AND "not"' },
  { query: "pro-coca mayors", match: '"pro-coca" AND "mayors"' },
  // FTS5 syntax typed by the user stays text.
  { query: "subject:coca", match: '"subject:coca"' },
  { query: "NEAR(coca opium)", match: '"NEAR" AND ("coca" AND "opium")' },
  { query: "^coca +opium", match: '"^coca" AND "+opium"' },
  { query: "cocaine's", match: "\"cocaine's\"" },
  // Terms without a letter or digit are dropped, as the index would.
  { query: "coca - opium ...", match: '"coca" AND "opium"' },
  { query: "Perú", match: '"Perú"' },
];

const PROBLEMS: { name: string; query: string; message: RegExp }[] = [
  { name: "empty", query: "   ", message: /Type a word/ },
  { name: "punctuation only", query: '... "!" -', message: /no word to search for/ },
  { name: "unbalanced quote", query: 'coca "growers elect', message: /quotation mark before “growers elect…” is never closed/ },
  { name: "dangling AND at end", query: "coca AND", message: /“AND” needs a word on each side/ },
  { name: "dangling AND at start", query: "AND coca", message: /“AND” needs a word on each side/ },
  { name: "dangling OR", query: "coca OR", message: /“OR” needs a word on each side/ },
  { name: "OR at start", query: "OR coca", message: /“OR” needs a word on each side/ },
  { name: "AND OR", query: "coca AND OR opium", message: /“AND” needs a word on each side/ },
  { name: "only NOT", query: "NOT cocaine", message: /only exclude cables from other results/ },
  { name: "only minus", query: "-cocaine -heroin", message: /only exclude cables/ },
  { name: "OR with only an exclusion", query: "coca OR -cocaine", message: /only exclude cables/ },
  { name: "NOT at end", query: "coca NOT", message: /needs a word after it/ },
  { name: "NOT before operator", query: "coca NOT OR opium", message: /needs a word after it/ },
  { name: "double NOT", query: "coca NOT NOT opium", message: /twice in a row/ },
  { name: "unclosed parenthesis", query: "(coca OR opium", message: /“\(” without a matching “\)”/ },
  { name: "open parenthesis at end", query: "coca (", message: /“\(” without a matching “\)”/ },
  { name: "unopened parenthesis", query: "coca OR opium)", message: /“\)” without a matching “\(”/ },
  { name: "leading close", query: ") coca", message: /“\)” without a matching “\(”/ },
  { name: "empty parentheses", query: "coca ()", message: /empty parentheses/ },
  { name: "short prefix", query: "co*", message: /too short a prefix/ },
  { name: "too deep", query: `${"(".repeat(9)}coca${")".repeat(9)}`, message: /nest too deeply/ },
  { name: "too many words", query: Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(" "), message: /too many words/ },
  { name: "too long", query: "coca ".repeat(120), message: /too long/ },
];

/** An FTS5 table like the archive's, to prove every translation is an expression FTS5 accepts. */
const db = new Database(":memory:");
db.exec(`CREATE VIRTUAL TABLE search USING fts5(subject, text, tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO search VALUES ('COCA GROWERS ELECT', 'Peru''s coca growers and pro-coca mayors; no cocaine, some opium. Subject: coca. Perú.');`);
const matchCount = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM search WHERE search MATCH ?");
afterAll(() => db.close());

describe("parseSearchQuery translates", () => {
  it.each(TRANSLATIONS)("$query", ({ query, match, terms }) => {
    const parsed = parseSearchQuery(query);
    expect(parsed).toMatchObject({ ok: true, match });
    if (parsed.ok && terms) expect(parsed.terms.map((term) => term.text)).toEqual(terms);
    expect(() => matchCount.get(match)).not.toThrow();
  });

  it("finds what the words say, and excludes what NOT says", () => {
    const count = (query: string) => {
      const parsed = parseSearchQuery(query);
      if (!parsed.ok) throw new Error(parsed.message);
      return matchCount.get(parsed.match)?.n;
    };
    expect(count('"coca growers"')).toBe(1);
    expect(count('"growers coca"')).toBe(0);
    expect(count("cocaler*")).toBe(0);
    expect(count("grow*")).toBe(1);
    expect(count("coca -opium")).toBe(0);
    expect(count("coca -heroin")).toBe(1);
    expect(count("peru")).toBe(1); // diacritics removed on both sides
    expect(count("subject:coca")).toBe(1); // a phrase, not a column filter
  });
});

describe("parseSearchQuery explains malformed queries", () => {
  it.each(PROBLEMS)("$name", ({ query, message }) => {
    const parsed = parseSearchQuery(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("parseSearchQuery never throws and never hands FTS5 a bad expression", () => {
  const ALPHABET = ['"', "(", ")", "*", "-", " ", "AND", "OR", "NOT", "NEAR", ":", "^", "+", "coca", "a", "é", "'", "{", "}"];
  it("on 2,000 random queries", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 2000; run++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 8) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]);
      const query = parts.join(next() < 0.5 ? " " : "");
      const parsed = parseSearchQuery(query);
      if (parsed.ok) expect(() => matchCount.get(parsed.match), query).not.toThrow();
      else expect(parsed.message.length, query).toBeGreaterThan(0);
    }
  });
});
