/**
 * Resolves one REF item to canonical ids the way the release does: "2006 LIMA 4766" ->
 * 06LIMA4766, "LIMA 218" in a 2007 cable -> 07LIMA218, "04 MANILA 05834" -> 04MANILA5834,
 * lists ("STATE 41252 AND 44603", "TALLINN 366, 347"), station aliases (SECSTATE -> STATE).
 * Items that cite no cable get their kind (e-mail, memcon, telcon, report, FAM) and no id.
 */
import type { Reference } from "@/lib/record/schema";
import { fullYear } from "./dtg";
import { canonicalStation, isKnownStation } from "./stations";
import { cableId } from "./serial-line";
import { NO_STRINGS } from "./text";

type Kind = Reference["kind"];

/** Words that mark an item as something other than a cable; checked in this order. */
const KIND_WORDS: ReadonlyArray<[Kind, RegExp]> = [
  ["email", /\bE-?MAILS?\b|\bE MAILS?\b/],
  ["memcon", /\bMEMCONS?\b|\bMEMORANDUM OF CONVERSATION\b/],
  ["telcon", /\bTELE?CONS?\b|\bTELEPHONE\b|\bPHONE CALL\b/],
  ["fam", /\b\d*\s?FA[MH]\b/],
  ["report", /\bIIR\b|\bFBIS\b|\bREPORTS?\b|\bTDX?-\d|\bINTSUM\b|\bARTICLE\b/],
];

const SERIAL = /^\d{1,6}$/;
const YEAR = /^(?:\d{2}|19\d{2}|20\d{2})$/;
/** "(1999)", "(01)": a year in parentheses, before the station or after the serial. */
const PAREN_YEAR = /^\((\d{2}|19\d{2}|20\d{2})\)$/;
const WORD = /^[A-Z][A-Z'-]*$/;
/** Joiners of a list of serials after one station. */
const LIST_JOINERS = new Set([",", "AND", "&", ";"]);
/** The longest station written as separate words: "HO CHI MINH CITY". */
const MAX_STATION_WORDS = 4;
/** Words that precede numbers without being stations ("PARA 3", "NO. 12"). */
const NOT_STATIONS = new Set(["PARA", "PARAS", "PARAGRAPH", "NO", "NR", "NUMBER", "SECTION", "PAGE", "IIR", "FAM", "FAH", "AND", "OF", "THE", "DATED", "ON", "AT", "APPROX", "CIRCULAR", "TD", "TDX", "FBIS", "TELCON", "MEMCON", "EMAIL", "MAILS",
  "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
  "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
  "PREVIOUS", "NOTAL", "REF", "REFS", "REFTEL", "CHAPTER", "ITEM", "SECRETARY", "TWX", "WASHDC", "DTG", "CABLE", "TELEGRAM", "MESSAGE"]);
/** Routing indicators ("RUEKJCS", "RHEHAAA") look like stations but are not. */
const ROUTING_INDICATOR = /^R[UH][A-Z]{3,5}$/;
/**
 * Tokens: a parenthesised year, a decimal ("1.5", never a serial), a word, a number ("5/1" a date,
 * but "386/CPA/1047" the serial 386 and more), a list joiner.
 */
const TOKEN = /\(\d{2}(?:\d{2})?\)|\d+(?:\.\d+)+|[A-Z][A-Z0-9'/-]*|\d[A-Z0-9'-]*(?:\/\d+)*|[,;&/]/g;
/** An id written run together: "91JAKARTA14899", "SANAA5295". */
const RUN_TOGETHER_ID = /^(\d{2})?([A-Z]{3,})(\d{1,6})$/;

export interface Citation {
  id: string | null;
  kind: Kind;
}

interface Station {
  station: string;
  words: number;
}

/** The station the tokens at i start with: the longest known station, else (when allowed) one plain word. */
function stationAt(tokens: readonly string[], i: number, allowUnknown: boolean): Station | null {
  let best: Station | null = null;
  let joined = "";
  for (let n = 1; n <= MAX_STATION_WORDS && i + n - 1 < tokens.length; n++) {
    const word = tokens[i + n - 1];
    if (!WORD.test(word)) break;
    joined += word;
    if (isKnownStation(joined)) best = { station: canonicalStation(joined), words: n };
  }
  if (best) return best;
  // A post the tables lack is trusted only where a citation starts the item ("ADANA 369").
  const word = tokens[i];
  if (allowUnknown && word.length >= 3 && WORD.test(word) && !NOT_STATIONS.has(word) && !ROUTING_INDICATOR.test(word)) return { station: canonicalStation(word), words: 1 };
  return null;
}

/**
 * The canonical ids an item cites, in order; citingYear fills in a missing year. A station the
 * tables lack counts only where a citation opens the item, and never with knownStationsOnly.
 */
/** The tokens of an item, run-together ids of known stations split into year, station and serial. */
function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const token of text.toUpperCase().match(TOKEN) ?? NO_STRINGS) {
    const run = RUN_TOGETHER_ID.exec(token);
    if (run && isKnownStation(run[2])) {
      if (run[1]) tokens.push(run[1]);
      tokens.push(run[2], run[3]);
    } else tokens.push(token);
  }
  return tokens;
}

export function citedIds(text: string, citingYear: number | null, knownStationsOnly = false): string[] {
  return idsOfTokens(tokensOf(text), citingYear, knownStationsOnly);
}

function idsOfTokens(tokens: readonly string[], citingYear: number | null, knownStationsOnly: boolean): string[] {
  const ids: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const leadingYear = YEAR.test(tokens[i]) ? tokens[i] : PAREN_YEAR.exec(tokens[i])?.[1];
    const hasYear = leadingYear !== undefined && i + 1 < tokens.length && WORD.test(tokens[i + 1]);
    const at = hasYear ? i + 1 : i;
    const opensItem = i === 0 || (ids.length > 0 && LIST_JOINERS.has(tokens[i - 1]));
    const station = WORD.test(tokens[at] ?? "") ? stationAt(tokens, at, opensItem && !knownStationsOnly) : null;
    let serialAt = station ? at + station.words : -1;
    if (!station || !SERIAL.test(tokens[serialAt] ?? "")) {
      i++;
      continue;
    }
    // "BRATISLAVA 03 1079", "SECSTATE 2003 345287": a year between station and serial.
    let innerYear: string | null = null;
    if (YEAR.test(tokens[serialAt]) && SERIAL.test(tokens[serialAt + 1] ?? "")) innerYear = tokens[serialAt++];
    const serials = [Number(tokens[serialAt])];
    let j = serialAt + 1;
    // More serials of the same station: "366, 347", "41252 AND 44603"; a number before a station is a year.
    while (LIST_JOINERS.has(tokens[j]) && SERIAL.test(tokens[j + 1] ?? "") && !WORD.test(tokens[j + 2] ?? "")) {
      serials.push(Number(tokens[j + 1]));
      j += 2;
    }
    const trailingYear = PAREN_YEAR.exec(tokens[j] ?? "")?.[1];
    if (trailingYear) j++;
    const written = hasYear ? leadingYear : (innerYear ?? trailingYear);
    const year = written !== undefined && written !== null ? fullYear(written) : citingYear;
    if (year !== null) {
      for (const serial of serials) {
        const id = cableId(year, station.station, serial);
        if (!ids.includes(id)) ids.push(id);
      }
    }
    i = j;
  }
  return ids;
}

/** A stand-in year for asking whether tokens cite a cable at all. */
const ANY_YEAR = 2000;
/** Words of an item's opening: "STATE 176146 demarche..." opens with its citation. */
const OPENING_TOKENS = 4;

/** What an item cites: its cable ids, or one entry of its kind with no id. */
export function resolveItem(text: string, citingYear: number | null): Citation[] {
  const upper = text.toUpperCase();
  const tokens = tokensOf(upper);
  // An item that opens with a cable citation cites that cable, whatever words its prose goes on with.
  const opening = tokens.slice(0, OPENING_TOKENS);
  const openingKind = KIND_WORDS.find(([, words]) => words.test(opening.join(" ")))?.[0];
  const opensWithCable = openingKind === undefined && idsOfTokens(opening, ANY_YEAR, false).length > 0;
  const kind = opensWithCable ? undefined : (openingKind ?? KIND_WORDS.find(([, words]) => words.test(upper))?.[0]);
  // A report named at the item's opening ("FBIS NICOSIA 17 MARCH 85") cites no cable; one named
  // further on in the prose may stand beside a cable the item cites.
  const ids = kind && (kind !== "report" || openingKind) ? [] : idsOfTokens(tokens, citingYear, false);
  if (ids.length > 0) return ids.map((id) => ({ id, kind: "cable" }));
  // "LIMA 218" with no year known yet: a cable, id unresolved.
  const couldBeCable = citingYear === null && idsOfTokens(tokens, ANY_YEAR, false).length > 0;
  return [{ id: null, kind: kind ?? (couldBeCable ? "cable" : "other") }];
}
