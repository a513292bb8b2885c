/**
 * How the release's referenced-ids column (cables.csv column 6) reads a cable's REF block, as
 * measured on the sample; parse-check compares the parser with what the column can hold. These are
 * the release's limits, not the parser's rules: the parser keeps every reference the text cites.
 *
 * - The column holds the REF block only when it follows the SUBJECT line with no two blank lines in
 *   a row between them (a print page break not counted), and only its first paragraph (up to the
 *   first blank line).
 * - It reads each line on its own, one station and serial at a time: a citation whose station and
 *   serial stand on different lines it never lists; a year it reads only as bare digits right
 *   before the station on the same line ("03 HANOI 1257"); else it gives the citing cable's year
 *   (a year in parentheses, "(98) HANOI 3067", "HANOI 3601 (1999)", or at the end of the line above).
 *   Further serials of a list ("ISTANBUL 1703 & 1711") stand without a station: never listed.
 *
 * On the 6,605-row sample: 102 of 102 blocks the release never read have an empty column (the
 * earlier rule, two blank lines right above REF, covered 86); none of 15 citations split over two
 * lines is listed from the block (4 are, from the body's own "(99 STATE 193655)"); 4 of 4 years at
 * the end of the line above and 6 of 6 listed parenthesised years come out as the citing year;
 * none of 8 further serials of a list is listed.
 */
import { fullYear } from "@/lib/parser/dtg";
import { isBlank } from "@/lib/parser/lines";
import { cableId, splitCableId } from "@/lib/parser/serial-line";
import { canonicalStation } from "@/lib/parser/stations";

const SUBJECT_LINE = /^\s*SUBJ(?:ECT)?\s?:/i;
const REF_LINE = /^\s*(?:REFS?|REFTELS?|REFERENCES?)\b/i;
/** Two blank lines in a row between SUBJECT and REF: the release's reader has left the header. */
const BLANK_RUN_UNREAD = 2;
/** Words, numbers and single marks: "(98)" stays three tokens, so a parenthesised year is no bare year. */
const TOKEN = /[A-Za-z]+|\d+|[^\sA-Za-z\d]/g;
const NUMBER = /^\d+$/;
const BARE_YEAR = /^(?:\d{2}|19\d{2}|20\d{2})$/;
const WORD = /^[A-Za-z]+$/;
/** The longest station written as separate words: "HO CHI MINH CITY". */
const MAX_STATION_WORDS = 4;

export interface ReleaseRefBlock {
  /** The lines of the REF block's first paragraph. */
  paragraph: string[];
  /** The release never read this block: it stands before the SUBJECT line, or two blank lines set it off. */
  unread: boolean;
}

/** The REF block as the release's column sees it, from prepared lines (page breaks dropped); null without one. */
export function releaseRefBlock(lines: readonly string[]): ReleaseRefBlock | null {
  const subject = lines.findIndex((line) => SUBJECT_LINE.test(line));
  const firstRef = lines.findIndex((line) => REF_LINE.test(line));
  if (firstRef < 0) return null;
  const refAfterSubject = subject < 0 ? firstRef : lines.findIndex((line, i) => i > subject && REF_LINE.test(line));
  const ref = refAfterSubject < 0 ? firstRef : refAfterSubject;
  let end = ref + 1;
  while (end < lines.length && !isBlank(lines[end])) end++;
  const paragraph = lines.slice(ref, end);
  if (subject >= 0 && refAfterSubject < 0) return { paragraph, unread: true };
  // From the REF line up to the SUBJECT line (or, without one, to the first text above it): the longest run of blank lines.
  let run = 0;
  let longest = 0;
  for (let i = ref - 1; i > subject; i--) {
    if (!isBlank(lines[i])) {
      if (subject < 0) break;
      run = 0;
      continue;
    }
    longest = Math.max(longest, ++run);
  }
  return { paragraph, unread: longest >= BLANK_RUN_UNREAD };
}

/**
 * The id the release's column holds for a cable the parser found in the REF block's first
 * paragraph: the same station and serial, with the year as the release reads it; null where the
 * release's reader cannot see the citation on one line.
 */
export function heldByRelease(id: string, paragraph: readonly string[], citingYear: number): string | null {
  const parts = splitCableId(id);
  if (!parts) return null;
  for (const line of paragraph) {
    const tokens = line.match(TOKEN) ?? [];
    for (let k = 1; k < tokens.length; k++) {
      if (!NUMBER.test(tokens[k]) || Number(tokens[k]) !== parts.serial) continue;
      const stationStart = stationStartBefore(tokens, k, parts.station);
      if (stationStart < 0) continue;
      const year = stationStart > 0 && BARE_YEAR.test(tokens[stationStart - 1]) ? fullYear(tokens[stationStart - 1]) : citingYear;
      return cableId(year, parts.station, parts.serial);
    }
  }
  return null;
}

/** Where the words naming `station` start, ending right before token k; -1 when they do not. */
function stationStartBefore(tokens: readonly string[], k: number, station: string): number {
  let written = "";
  for (let start = k - 1; start >= 0 && k - start <= MAX_STATION_WORDS && WORD.test(tokens[start]); start--) {
    written = tokens[start] + written;
    if (canonicalStation(written) === station) return start;
  }
  return -1;
}
