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
import { isSerial, isWord, isYear, parenYear, tokensOfUpper } from "./ref-tokens";

type Kind = Reference["kind"];

/** Words that mark an item as something other than a cable; checked in this order. */
const KIND_WORDS: ReadonlyArray<{ kind: Kind; words: RegExp }> = [
  { kind: "email", words: /\bE-?MAILS?\b|\bE MAILS?\b/ },
  { kind: "memcon", words: /\bMEMCONS?\b|\bMEMORANDUM OF CONVERSATION\b/ },
  { kind: "telcon", words: /\bTELE?CONS?\b|\bTELEPHONE\b|\bPHONE CALL\b/ },
  { kind: "fam", words: /\b\d*\s?FA[MH]\b/ },
  { kind: "report", words: /\bIIR\b|\bFBIS\b|\bREPORTS?\b|\bTDX?-\d|\bINTSUM\b|\bARTICLE\b/ },
];

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
    if (!isWord(word)) break;
    joined += word;
    if (isKnownStation(joined)) best = { station: canonicalStation(joined), words: n };
  }
  if (best) return best;
  // A post the tables lack is trusted only where a citation starts the item ("ADANA 369").
  const word = tokens[i];
  if (allowUnknown && word.length >= 3 && isWord(word) && !NOT_STATIONS.has(word) && !ROUTING_INDICATOR.test(word)) return { station: canonicalStation(word), words: 1 };
  return null;
}

/**
 * The canonical ids an item cites, in order; citingYear fills in a missing year. A station the
 * tables lack counts only where a citation opens the item, and never with knownStationsOnly.
 */
export function citedIds(text: string, citingYear: number | null, knownStationsOnly = false): string[] {
  return idsOfTokens(tokensOfUpper(text.toUpperCase()), citingYear, knownStationsOnly);
}

function idsOfTokens(tokens: readonly string[], citingYear: number | null, knownStationsOnly: boolean): string[] {
  const ids: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const leadingYear = isYear(tokens[i]) ? tokens[i] : parenYear(tokens[i]);
    const hasYear = leadingYear !== undefined && i + 1 < tokens.length && isWord(tokens[i + 1]);
    const at = hasYear ? i + 1 : i;
    const opensItem = i === 0 || (ids.length > 0 && LIST_JOINERS.has(tokens[i - 1]));
    const station = isWord(tokens[at]) ? stationAt(tokens, at, opensItem && !knownStationsOnly) : null;
    let serialAt = station ? at + station.words : -1;
    if (!station || !isSerial(tokens[serialAt])) {
      i++;
      continue;
    }
    // "BRATISLAVA 03 1079", "SECSTATE 2003 345287": a year between station and serial.
    let innerYear: string | null = null;
    if (isYear(tokens[serialAt]) && isSerial(tokens[serialAt + 1])) innerYear = tokens[serialAt++];
    const serials = [Number(tokens[serialAt])];
    let j = serialAt + 1;
    // More serials of the same station: "366, 347", "41252 AND 44603"; a number before a station is a year.
    while (LIST_JOINERS.has(tokens[j]) && isSerial(tokens[j + 1]) && !isWord(tokens[j + 2])) {
      serials.push(Number(tokens[j + 1]));
      j += 2;
    }
    const trailingYear = parenYear(tokens[j]);
    if (trailingYear) j++;
    const written = hasYear ? leadingYear : (innerYear ?? trailingYear);
    const year = written !== undefined && written !== null ? fullYear(written) : citingYear;
    if (year !== null) {
      for (let k = 0; k < serials.length; k++) {
        const id = cableId(year, station.station, serials[k]);
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

/** The first kind whose words the text holds. */
function kindNamedIn(text: string): Kind | undefined {
  for (let i = 0; i < KIND_WORDS.length; i++) if (KIND_WORDS[i].words.test(text)) return KIND_WORDS[i].kind;
  return undefined;
}

/** One citation per id; built by push, so that it is the same kind of array as the other results (map's is not, and callers would be compiled again). */
function cableCitations(ids: readonly string[]): Citation[] {
  const citations: Citation[] = [];
  for (let i = 0; i < ids.length; i++) citations.push({ id: ids[i], kind: "cable" });
  return citations;
}

/** What an item cites: its cable ids, or one entry of its kind with no id. */
export function resolveItem(text: string, citingYear: number | null): Citation[] {
  const upper = text.toUpperCase();
  const tokens = tokensOfUpper(upper);
  // An item that opens with a cable citation cites that cable, whatever words its prose goes on with.
  const opening = tokens.slice(0, OPENING_TOKENS);
  const openingKind = kindNamedIn(opening.join(" "));
  const opensWithCable = openingKind === undefined && idsOfTokens(opening, ANY_YEAR, false).length > 0;
  const kind = opensWithCable ? undefined : (openingKind ?? kindNamedIn(upper));
  // A report named at the item's opening ("FBIS NICOSIA 17 MARCH 85") cites no cable; one named
  // further on in the prose may stand beside a cable the item cites.
  const ids = kind && (kind !== "report" || openingKind) ? [] : idsOfTokens(tokens, citingYear, false);
  if (ids.length > 0) return cableCitations(ids);
  // "LIMA 218" with no year known yet: a cable, id unresolved.
  const couldBeCable = citingYear === null && idsOfTokens(tokens, ANY_YEAR, false).length > 0;
  return [{ id: null, kind: kind ?? (couldBeCable ? "cable" : "other") }];
}
