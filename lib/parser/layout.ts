/**
 * The telegram's layout: routing header, serial line, the lines between the serial line and the
 * first header field (caveats, "DEPT FOR ..." pass lines; a caveat line may also stand between fields), the header fields (E.O., TAGS, SUBJECT,
 * REF, Classified By) each with its continuation lines, and the body.
 */
import { FIELD_FIRST_CHARACTERS, FIELD_LINE_STARTS, KEYWORD_WITH_COLON, type FieldName } from "./header-keywords";
import { isBlank } from "./lines";
import { parseDateTimeGroup } from "./dtg";
import { caveatsOfLine } from "./markings";
import { endsOnDigit, findRunInSerialLine, parseSerialLine, type SerialLine } from "./serial-line";
import { splitRefItems } from "./references";

/** How each header field's first line starts, tried in the order FIELD_LINE_STARTS lists them. */
const FIELD_STARTS: ReadonlyArray<[FieldName, RegExp]> = (Object.keys(FIELD_LINE_STARTS) as FieldName[]).map((name) => [
  name,
  new RegExp(`^${FIELD_LINE_STARTS[name]}`, "i"),
]);

/** A REF item on a line of its own after a blank line: "B. LIMA 1929", "(C) STATE 1234", "¶C ." */
const REF_ITEM_LINE = /^(?:¶\s?)?\(?([A-Z])\s?[.)]/;
/** A paragraph's classification marking: "(U) Sensitive but unclassified.", "(SBU) We delivered...". */
const PARAGRAPH_MARKING = /^\((U|C|S|SBU|LOU|S\/NF|C\/NF)\)\s/;
/** Header lines out of place (a subject's last words, a pass line) stand this close above the next field. */
const STRAY_HEADER_LINES = 2;
/** The fields such lines stand above, keywords with their colon ("REFTEL." in prose is no field). */
const FIELD_AFTER_STRAY_LINES = new RegExp(`^(?:${KEYWORD_WITH_COLON}|${FIELD_LINE_STARTS.classifiedBy})`, "i");
/** A numbered paragraph begins: the body has started even without header fields. */
const PARAGRAPH_START = /^(?:¶\s?)?\d{1,2}\s?\.(?:\s|$)/;
/** Header fields come soon after the serial line; past this the serial line is not where we look. */
const SERIAL_LINE_SEARCH_LIMIT = 400;

export interface Field {
  name: FieldName;
  /** First line and continuation lines, trimmed. */
  lines: string[];
}

export interface Layout {
  header: string[];
  serialLine: SerialLine | null;
  /** Lines between the serial line and the first field. */
  preamble: string[];
  fields: Field[];
  body: string[];
}

/** "Reftel demarche regarding...": the word opens prose, not a REF line (case matters: "REF: a) HCMC 1123" is one). */
const REF_WORD_IN_PROSE = /^[A-Za-z]+\s+[a-z]{2,}/;

function fieldNameOf(line: string): FieldName | null {
  const text = line.trimStart();
  if (!FIELD_FIRST_CHARACTERS.has(text[0])) return null;
  for (const [name, start] of FIELD_STARTS) {
    if (start.test(text)) return name === "ref" && REF_WORD_IN_PROSE.test(text) ? null : name;
  }
  return null;
}

interface SerialLineAt {
  index: number;
  serialLine: SerialLine;
  /** Routing text the serial line was run into, to keep in the header. */
  runInPrefix: string | null;
}

/** A routing line: "FM AMEMBASSY LIMA" or a date-time group. */
function isRoutingLine(line: string): boolean {
  return line.trimStart().startsWith("FM ") || parseDateTimeGroup(line) !== null;
}

/**
 * The serial line a line holds: all of it, or run into routing text. Markings are read whatever
 * their case, so site pages' lower-case lines ("S e c r e t section 01 of 02 nairobi 002497") count.
 */
function serialLineAt(line: string, index: number): SerialLineAt | null {
  const direct = parseSerialLine(line);
  if (direct) return { index, serialLine: direct, runInPrefix: null };
  const at = findRunInSerialLine(line);
  return at > 0 ? { index, serialLine: parseSerialLine(line.slice(at))!, runInPrefix: line.slice(0, at) } : null;
}

/**
 * The serial line: the first one after the routing header and before the first header field.
 * Printed copies repeat it above the routing header ("C O N F I D E N T I A L DUBAI 00057" over
 * VZCZC...); a repeated cable quotes the original's serial line below its own.
 */
function findSerialLine(lines: readonly string[]): SerialLineAt | null {
  const limit = Math.min(lines.length, SERIAL_LINE_SEARCH_LIMIT);
  let found: SerialLineAt | null = null;
  let fieldSeen = false;
  for (let index = 0; index < limit; index++) {
    const line = lines[index];
    if (isBlank(line)) continue;
    if (found && isRoutingLine(line)) {
      found = null;
      continue;
    }
    if (found) {
      if (fieldNameOf(line)) break;
      continue;
    }
    // A serial line ends on its serial number: most lines are spared the parse.
    const serialLine = endsOnDigit(line) ? serialLineAt(line, index) : null;
    if (serialLine) {
      found = serialLine;
      continue;
    }
    // Header fields above the serial line: a site page's summary of the header, or a printed
    // copy's cover sheet ("TAGS: ... Ref: None" over "C O N F I D E N T I A L ABU DHABI 02641").
    // The serial line may still follow, but not past the first paragraph.
    if (fieldNameOf(line)) fieldSeen = true;
    else if (fieldSeen && PARAGRAPH_START.test(line.trim())) break;
  }
  return found;
}

/**
 * Without a serial line, a routing header still ends where the first caveat or header field starts
 * (site pages that lost the serial line); 0 when no routing line comes before that.
 */
function routingHeaderEnd(lines: readonly string[]): number {
  let sawRouting = false;
  const limit = Math.min(lines.length, SERIAL_LINE_SEARCH_LIMIT);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (fieldNameOf(line) || caveatsOfLine(line)) return sawRouting ? i : 0;
    if (isRoutingLine(line)) sawRouting = true;
  }
  return 0;
}

function nextNonBlank(lines: readonly string[], from: number): string | null {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return lines[i].trim();
  return null;
}

/** The label a REF block's next item would carry: "A" before any, "C" after A and B. */
function nextRefLabel(refLines: readonly string[]): string {
  const labels = splitRefItems(refLines).flatMap((item) => (item.label ? [item.label] : []));
  const last = labels.at(-1);
  return last ? String.fromCharCode(last.charCodeAt(0) + 1) : "A";
}

/** A line after a blank line that carries the REF block's next label ("B. LIMA 1929" after A). */
function continuesRefBlock(refLines: readonly string[], line: string | null): boolean {
  const letter = line && !fieldNameOf(line) ? REF_ITEM_LINE.exec(line)?.[1] : undefined;
  return letter !== undefined && letter === nextRefLabel(refLines);
}

/** "(U) Sensitive but unclassified." inside a REF block: the body has begun, unless it is the next label ("(C) STATE 12"). */
function opensMarkedParagraph(refLines: readonly string[], line: string): boolean {
  const marking = PARAGRAPH_MARKING.exec(line)?.[1];
  return marking !== undefined && marking !== nextRefLabel(refLines);
}

/**
 * A subject's last words or a pass line ("ROME FOR STORELLA") set between header fields by blank
 * lines: a header field follows within a few lines, so the body has not begun.
 */
function fieldFollows(lines: readonly string[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    const line = lines[i].trim();
    if (FIELD_AFTER_STRAY_LINES.test(line)) return true;
    if (PARAGRAPH_START.test(line) || ++seen > STRAY_HEADER_LINES) return false;
  }
  return false;
}

/** What follows the serial line up to the body: the preamble and the header fields. */
interface HeaderFields {
  preamble: string[];
  fields: Field[];
  /** Index of the body's first line (the lines' length when no body was found). */
  bodyStart: number;
}

/** Reads the preamble and the header fields from `start` until the body begins. */
function readHeaderFields(lines: readonly string[], start: number): HeaderFields {
  const preamble: string[] = [];
  const fields: Field[] = [];
  let current: Field | null = null;
  // One exit, at the line the body starts on (or past the last line).
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      if (!(current?.name === "ref" && continuesRefBlock(current.lines, nextNonBlank(lines, i + 1)))) current = null;
      continue;
    }
    const text = line.trim();
    const name = fieldNameOf(line);
    if (!name && (PARAGRAPH_START.test(text) || (current?.name === "ref" && opensMarkedParagraph(current.lines, text)))) break;
    if (name) {
      current = { name, lines: [text] };
      fields.push(current);
    } else if (current) current.lines.push(text);
    // Before the first field every line is preamble; after one, only caveats and lines just above a field.
    else if (fields.length === 0 || caveatsOfLine(line) || fieldFollows(lines, i + 1)) preamble.push(text);
    else break;
  }
  return { preamble, fields, bodyStart: i };
}

export function layoutOf(lines: readonly string[]): Layout {
  const found = findSerialLine(lines);
  const headerEnd = found ? found.index : routingHeaderEnd(lines);
  const header = lines.slice(0, headerEnd);
  if (found?.runInPrefix) header.push(found.runInPrefix);
  const start = found ? found.index + 1 : headerEnd;
  const { preamble, fields, bodyStart } = readHeaderFields(lines, start);
  const serialLine = found?.serialLine ?? null;
  // Without header fields or a numbered paragraph, what followed the serial line was the body.
  // Its caveat lines ("SENSITIVE") still qualify the marking.
  if (fields.length === 0 && bodyStart === lines.length) return { header, serialLine, preamble: preamble.filter((line) => caveatsOfLine(line)), fields, body: lines.slice(start) };
  return { header, serialLine, preamble, fields, body: lines.slice(bodyStart) };
}
