/**
 * The serial line opens the body: marking, optional section, station and serial number
 * ("UNCLAS LIMA 000218", "C O N F I D E N T I A L SECTION 01 OF 03 LIMA 001246",
 * "S E C R E T STATE 183691 TOSEC 140193"). With the year it gives the canonical id.
 */
import { isMarkingWord, markingTokens } from "./markings";

export interface SerialLine {
  /** Marking words in order: ["UNCLAS"], ["CONFIDENTIAL"], ["SECRET", "NOFORN"]. */
  marking: string[];
  /** "01 OF 03", or null for a one-section cable. */
  section: string | null;
  /** Station as in the canonical id: spaces removed ("HOCHIMINHCITY"). */
  station: string;
  serial: number;
  /** What the release appends to the id: "TOSEC140193" for a secretary's travel series. */
  idSuffix: string | null;
}

const NUMBER = /^\d{1,7}$/;
const STATION_WORD = /^[A-Z][A-Z'.-]*$/;
/** Series numbers a serial line may carry after the serial. */
const SERIES = ["TOSEC", "SECTO"];
/** Where a marking may begin inside a line (seed 000's last recipient runs into the serial line). */
const MARKING_STARTS = ["UNCLAS", "CONFIDENTIAL", "C O N F", "SECRET", "S E C R", "LIMITED OFFICIAL"];
/** Station words no serial line ends on: the line is prose or routing, not a serial line. */
const MAX_STATION_WORDS = 5;

/** A serial line ends on its serial: the cheap test that spares most lines the full parse. */
export function endsOnDigit(line: string): boolean {
  let end = line.length - 1;
  while (end >= 0 && line.charCodeAt(end) <= 32) end--;
  const c = line.charCodeAt(end);
  return c >= 48 && c <= 57;
}

export function parseSerialLine(line: string): SerialLine | null {
  if (!endsOnDigit(line)) return null;
  const tokens = markingTokens(line);
  let i = 0;
  const marking: string[] = [];
  while (i < tokens.length && isMarkingWord(tokens[i])) marking.push(tokens[i++]);
  if (marking.length === 0) return null;
  let section: string | null = null;
  if (tokens[i] === "SECTION" && NUMBER.test(tokens[i + 1] ?? "") && tokens[i + 2] === "OF" && NUMBER.test(tokens[i + 3] ?? "")) {
    section = `${tokens[i + 1]} OF ${tokens[i + 3]}`;
    i += 4;
  }
  const stationWords: string[] = [];
  while (i < tokens.length && STATION_WORD.test(tokens[i]) && stationWords.length <= MAX_STATION_WORDS) stationWords.push(tokens[i++]);
  if (stationWords.length === 0 || stationWords.length > MAX_STATION_WORDS || !NUMBER.test(tokens[i] ?? "")) return null;
  const serial = Number(tokens[i++]);
  let idSuffix: string | null = null;
  if (SERIES.includes(tokens[i]) && NUMBER.test(tokens[i + 1] ?? "")) {
    idSuffix = `${tokens[i]}${Number(tokens[i + 1])}`;
    i += 2;
  }
  if (i !== tokens.length) return null;
  return { marking, section, station: stationWords.join("").replace(/[.'-]/g, ""), serial, idSuffix };
}

/**
 * Where a serial line starts inside a line it was run into ("RHEHOND/DIRONDCP WASHDCUNCLAS LIMA 000218"),
 * or -1 when none does.
 */
export function findRunInSerialLine(line: string): number {
  for (const start of MARKING_STARTS) {
    const at = line.indexOf(start, 1);
    if (at > 0 && parseSerialLine(line.slice(at))) return at;
  }
  return -1;
}

/** Canonical id: two-digit year, station, serial without leading zeros (and the release's series suffix). */
export function cableId(year: number, station: string, serial: number, idSuffix: string | null = null): string {
  return `${String(year % 100).padStart(2, "0")}${station}${serial}${idSuffix ?? ""}`;
}

export interface CableIdParts {
  /** The two year digits as written: "07". */
  yearDigits: string;
  station: string;
  serial: number;
  /** What follows the serial: "TOSEC140193", usually "". */
  rest: string;
}

const ID_PARTS = /^(\d{2})([A-Za-z]+?)(\d+)(.*)$/;

/** "07LIMA218" -> 07, LIMA, 218; null for what is no cable id. */
export function splitCableId(id: string): CableIdParts | null {
  const m = ID_PARTS.exec(id.trim());
  return m ? { yearDigits: m[1], station: m[2], serial: Number(m[3]), rest: m[4] } : null;
}
