/**
 * The REF block of a telegram, found well enough to renumber the serials it cites. The generator
 * changes only serial numbers: years, station names and labels stay as written.
 */
import { type GeneratorIdParts } from "@/lib/bench/ids";

/** "REF:", "REFS:", "REFTEL:", "REFERENCE:" (and "REF A." style labels follow). */
const REF_BLOCK_START = /(?<![A-Za-z])(?:REFS?|REFTELS?|REFERENCES?)\s*:/gi;
/** "Ref: None" in a post's own routing slip: not the cable's REF block. */
const NO_REFERENCES = /^\s*none\b/i;
/** What follows a REF block: the classification authority, the summary or paragraph 1. */
const REF_BLOCK_END = /classified\s+by|summary|\bpar1\b|(?:^|\n|;)[ \t]*¶?1\.\s|_{10}/i;
/** A REF block longer than this is not one (a missing end marker): stop there. */
const MAX_REF_BLOCK = 1500;

export interface TextSpan {
  start: number;
  end: number;
}

export function findRefBlock(text: string): TextSpan | null {
  for (const start of text.matchAll(REF_BLOCK_START)) {
    const from = start.index + start[0].length;
    const window = text.slice(from, from + MAX_REF_BLOCK);
    if (NO_REFERENCES.test(window)) continue;
    const end = REF_BLOCK_END.exec(window);
    return { start: from, end: from + (end ? end.index : window.length) };
  }
  return null;
}

/** A number token in a REF block; "1.4" and "12/03" parts are not serials. */
const NUMBER_TOKEN = /(?<![\d./])\d{1,6}(?!\d|[./]\d)/g;
/** A year is written before a station ("2006 LIMA 4766", "99 PRETORIA 12315"). */
const BEFORE_STATION = /^\s+([A-Za-z]{2,})/;
const NOT_STATIONS = new Set(["AND", "OR", "DTD", "DTG", "DATED", "ON", "OF", "TO", "PARA", "PARAS", "NOTAL"]);

function isYearToken(text: string, token: string, end: number): boolean {
  if (token.length !== 2 && token.length !== 4) return false;
  if (token.length === 4 && (Number(token) < 1950 || Number(token) > 2011)) return false;
  const next = BEFORE_STATION.exec(text.slice(end, end + 40));
  return next !== null && !NOT_STATIONS.has(next[1].toUpperCase());
}

/**
 * Rewrites, inside the REF block, every serial found in `serials` (old value → new value), keeping
 * leading zeros as wide as written. Returns the text and the old serials that were found.
 */
export function rewriteRefSerials(
  text: string,
  serials: ReadonlyMap<number, number>,
): { text: string; found: Set<number> } {
  const found = new Set<number>();
  const block = serials.size > 0 ? findRefBlock(text) : null;
  if (!block) return { text, found };
  const inside = text.slice(block.start, block.end);
  const rewritten = inside.replace(NUMBER_TOKEN, (token: string, offset: number) => {
    const replacement = serials.get(Number(token));
    if (replacement === undefined || isYearToken(inside, token, offset + token.length)) return token;
    found.add(Number(token));
    const digits = String(replacement);
    return token.startsWith("0") ? digits.padStart(token.length, "0") : digits;
  });
  return { text: text.slice(0, block.start) + rewritten + text.slice(block.end), found };
}

/** Station names as REF lines write them → canonical id stations (the release's own rules). */
export const STATION_ALIASES: Readonly<Record<string, string>> = {
  SECSTATE: "STATE",
  USUN: "USUNNEWYORK",
  USUNNY: "USUNNEWYORK",
  USNATO: "USNATO",
};

/** "2006 LIMA 4766", "CAPE TOWN 179", "Abu Dhabi 1384", "STATE 41252 AND 44603". */
const CITATION = /(?:\b(\d{4}|\d{2})\s+)?\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\s+(\d{1,6})\b/g;
const LIST_CONTINUATION = /^\s*(?:,|AND|&amp;)\s*(\d{1,6})\b/;
const NOT_STATION_WORDS = /^(?:REF|REFS|REFTEL|PARA|PARAS|SECTION|PAGE|NOTAL|DTG|AND|OR|EO|E)$/;

function canonicalStation(written: string): string {
  const joined = written.toUpperCase().replace(/[^A-Z]/g, "");
  return STATION_ALIASES[joined] ?? joined;
}

/**
 * Cables cited in a REF block, read from the text alone (site pages carry no referenced-id list).
 * A citation without a year takes the citing cable's year, as the release does.
 */
export function extractRefCitations(text: string, citingYear: string): GeneratorIdParts[] {
  const block = findRefBlock(text);
  if (!block) return [];
  const inside = text.slice(block.start, block.end);
  const citations: GeneratorIdParts[] = [];
  for (const match of inside.matchAll(CITATION)) {
    const station = canonicalStation(match[2]);
    if (NOT_STATION_WORDS.test(station) || station.length < 3) continue;
    const yearDigits = match[1] ? match[1].slice(-2) : citingYear;
    citations.push({ yearDigits, station, serial: Number(match[3]) });
    let rest = inside.slice((match.index ?? 0) + match[0].length);
    for (let more = LIST_CONTINUATION.exec(rest); more; more = LIST_CONTINUATION.exec(rest)) {
      citations.push({ yearDigits, station, serial: Number(more[1]) });
      rest = rest.slice(more[0].length);
    }
  }
  return citations;
}
