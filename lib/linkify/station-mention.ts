/**
 * A cable cited by station and serial in running text: "SEE 84 ALEXANDRIA 329.)", "Pursuant to State
 * 66580 dated", "(SEE CAIRO 16094, PLUS", "REF: 02 Ho Chi Minh City 1304". Read from the serial back:
 * a digit run, the 1-4 words before it that name a known station (the longest that does), and a year
 * written before those ("86", "2002"), else the citing cable's year. A digit run reads back over at
 * most four words and a year, words no other run reads, so reading every run stays linear in the text.
 * A year after a station ("Istanbul 1994") is no serial unless a year stands before the station.
 * Prose numbers ("Dublin 4 telephone", "THE STATE 173 PIASTERS") read as ids too: only an id the archive
 * holds links, never the cable's own (its serial line, "SECTION 02 OF 03 ZAGREB 02203", page headers).
 */
import { fullYear } from "@/lib/parser/dtg";
import { cableId } from "@/lib/parser/serial-line";
import { canonicalId, canonicalStation, isKnownStation } from "@/lib/parser/stations";
import type { CitingCable, Construct } from "@/lib/linkify/segment";

const MAX_SERIAL_DIGITS = 6;
const MAX_STATION_WORDS = 4;
/** No station word is longer ("OUAGADOUGOU" is 11): bounds how far back a serial reads. */
const MAX_WORD_LENGTH = 24;
const LETTER = /[A-Za-z]/;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /\d/;
const BLANK = /\s/;
/** Inside a station word: "PORT-AU-PRINCE", "N'DJAMENA", "ST.PETERSBURG". */
const WORD_JOINERS = new Set([".", "'", "-"]);
/** Cables write stations in capitals or title case; "the state 173" is prose. */
const STATION_WORD = /^(?:[A-Z][A-Z.'-]*|[A-Z][a-z.'-]*)$/;
/** The year before the station: "86", "2002". */
const YEAR = /^(?:\d{2}|19\d{2}|20\d{2})$/;
const YEAR_DIGITS = 4;
/**
 * A serial that reads as a year ("the Istanbul 1994 election", "Geneva 2004"): taken for a serial
 * only after a written year ("03 ISTANBUL 1994"), the form a citation of such a serial takes.
 */
const YEAR_LIKE_SERIAL = /^(?:19\d{2}|20[0-3]\d)$/;
/** After a serial, a number of another kind: "375010/1", "4.5", "1,200" (the digit is checked apart). */
const DECIMAL_MARKS = new Set([".", ","]);
/**
 * Numbers before a station that are no year: the count of sections ("SECTION 02 OF 03 ZAGREB 02203"),
 * a printed page header's page ("PAGE 03        ZAGREB  00082  02 OF 04").
 */
const NOT_A_YEAR = /(?:SECTION\s+\d{1,3}\s+OF|PAGE)\s+$/i;
/** How far before the digits NOT_A_YEAR looks: past "SECTION 02 OF " and generous blanks. */
const NOT_A_YEAR_REACH = 32;

type StationMention = { start: number; end: number; id: string };

/** Where the blanks ending at `end` start (`end` when there are none). */
function blanksStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && BLANK.test(text[start - 1])) start--;
  return start;
}

/** Start of the station word ending at `end`, or -1: letters, joiners between letters, a whole word. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start <= MAX_WORD_LENGTH) {
    const before = text[start - 1];
    const joined = WORD_JOINERS.has(before) && start < end && start > 1 && LETTER.test(text[start - 2]);
    if (LETTER.test(before) || joined) start--;
    else break;
  }
  if (start === end || end - start > MAX_WORD_LENGTH) return -1;
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) return -1;
  return STATION_WORD.test(text.slice(start, end)) ? start : -1;
}

/** Whether the digit run [start, end) stands alone as a serial: "CAIRO 16094, PLUS" yes, "375010/1" no. */
function isSerial(text: string, start: number, end: number): boolean {
  if (end - start > MAX_SERIAL_DIGITS || start === 0 || !BLANK.test(text[start - 1])) return false;
  const after = text[end];
  if (after === undefined) return true;
  if (after === "/" || LETTER_OR_DIGIT.test(after)) return false;
  return !(DECIMAL_MARKS.has(after) && DIGIT.test(text[end + 1] ?? ""));
}

/** The year written right before the station's first word, or null. */
function yearBefore(text: string, stationStart: number): { start: number; digits: string } | null {
  const end = blanksStart(text, stationStart);
  if (end === stationStart) return null;
  let start = end;
  while (start > 0 && end - start < YEAR_DIGITS && DIGIT.test(text[start - 1])) start--;
  // A letter, or a digit past a year's four, before them: the digits are part of a word or a longer number.
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) return null;
  const digits = text.slice(start, end);
  if (!YEAR.test(digits)) return null;
  return NOT_A_YEAR.test(text.slice(Math.max(0, start - NOT_A_YEAR_REACH), start)) ? null : { start, digits };
}

/** The station words before the serial starting at `serialStart`, longest known first: start and station. */
function stationBefore(text: string, serialStart: number): { start: number; station: string } | null {
  const words: { start: number; text: string }[] = [];
  let end = blanksStart(text, serialStart);
  while (words.length < MAX_STATION_WORDS && end > 0) {
    const start = wordStart(text, end);
    if (start < 0) break;
    words.push({ start, text: text.slice(start, end) });
    const blanks = blanksStart(text, start);
    if (blanks === start) break;
    end = blanks;
  }
  for (let count = words.length; count > 0; count--) {
    const written = words.slice(0, count).reverse().map((word) => word.text).join(" ");
    const station = canonicalStation(written);
    if (isKnownStation(station)) return { start: words[count - 1].start, station };
  }
  return null;
}

/**
 * The cable the digit run [start, end) cites with the station before it, whatever the archive holds,
 * or null: no serial, no known station, no year, or the citing cable itself.
 */
function readStationMention(text: string, start: number, end: number, citing: CitingCable): StationMention | null {
  if (!isSerial(text, start, end)) return null;
  const station = stationBefore(text, start);
  if (!station) return null;
  const written = yearBefore(text, station.start);
  const serial = text.slice(start, end);
  if (!written && YEAR_LIKE_SERIAL.test(serial)) return null;
  const year = written ? fullYear(written.digits) : citing.year;
  if (year === null) return null;
  const id = canonicalId(cableId(year, station.station, Number(serial)));
  if (id === citing.id) return null;
  return { start: written?.start ?? station.start, end, id };
}

/** The construct: a digit run read as a serial links when the archive holds the cable it names. */
export const readCableMention: Construct = (text, digits, context) => {
  if (context.archivedIds.size === 0) return null; // nothing could link: a page whose text cites no archived cable
  const mention = readStationMention(text, digits.start, digits.end, context.citing);
  if (!mention) return null;
  const links = context.archivedIds.has(mention.id)
    ? [{ start: mention.start, end: mention.end, href: context.targets.cable(mention.id), title: `Cable ${mention.id}` }]
    : [];
  return { links, end: mention.end };
};

const DIGIT_RUN = /\d+/g;

/** Every id the texts cite by station and serial, once, for the page to ask which the archive holds. */
export function mentionedCableIds(texts: Iterable<string | null>, citing: CitingCable): string[] {
  const ids = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const run of text.matchAll(DIGIT_RUN)) {
      const mention = readStationMention(text, run.index, run.index + run[0].length, citing);
      if (mention) ids.add(mention.id);
    }
  }
  return [...ids];
}
