/**
 * Line preparation: the telegram text as the other modules read it. Page-break lines of printed
 * telegrams are dropped, a paragraph mark inside a line starts a new line, and in the header
 * (before paragraph 1) a field keyword inside a line starts a new line.
 */
import { CLASSIFIED_BY, EO_DOTTED, FIELD_LINE_STARTS, KEYWORD_WITH_COLON, ORDER_NUMBER, SIPDIS } from "./header-keywords";

/** "PAGE 02        CAPE T  00097  01 OF 03  182017Z": the printout's running head, not cable text. */
const PAGE_BREAK = /^\s*PAGE\s+\d{2,3}\s+\S.*\d{6}Z(?:\s+\/\d+)?\s*$/;

/** The site pages' running head: "BAKU 00000478 001.2 OF 003", "SAN SALVADOR 00000789 002 OF 004". */
const SITE_PAGE_HEAD = /^\s*[A-Z][A-Z .'-]{1,30} \d{8}\s+\d{3}(?:\.\d)?\s+OF \d{3}\s*$/;
/** The shortest running head: a two-letter station, the number, "001 OF 002". */
const SITE_PAGE_HEAD_MIN = 20;

/** Lines of the printout's distribution block ("------------------A54E38  291401Z /38"). */
const DISTRIBUTION_RULE = /^\s*-{6,}[A-Z0-9]*\s+\d{6}Z\s+\/\d+\s*$/;

export const PARAGRAPH_MARK = "¶";
const BLANK_LINE = /^\s*$/;

const LONE_HYPHEN_MAX = 8;

/** "¶1.", "1 .": the header is over. */
const FIRST_PARAGRAPH = /^\s*¶?\s?1\s?\./;
/** The SUBJECT line; the first blank line after it ends the header too. */
const SUBJECT_LINE = new RegExp(`^\\s*${FIELD_LINE_STARTS.subject}`, "i");

/**
 * Header keywords that open a field; a header run together onto few lines (the NER dump) is split
 * before each. Inside a line a keyword is only guessed at: TAGS, SUBJECT and REF need their colon,
 * E.O. its dots and number; SIPDIS and "Classified By" are no words of prose.
 */
const HEADER_KEYWORDS = new RegExp(`\\s(?=${SIPDIS}(?:\\s|$)|${EO_DOTTED}${ORDER_NUMBER}|${CLASSIFIED_BY}\\b|${KEYWORD_WITH_COLON})`, "gi");
/** What every line HEADER_KEYWORDS splits holds: the other lines are spared the split. */
const HEADER_KEYWORD_HINT = new RegExp(`${SIPDIS}|${EO_DOTTED}|:|${CLASSIFIED_BY}`, "i");

/** The printout repeats the classification above each page break: "                       UNCLASSIFIED". */
const RUNNING_CLASSIFICATION = /^\s{8,}(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\s+\S+)?\s*$/;

/** Drops the running classification lines (one or two, with their blank lines) a page break follows. */
function dropRunningClassification(out: string[]): void {
  for (;;) {
    let j = out.length - 1;
    while (j >= 0 && out[j].trim() === "") j--;
    if (j < 0 || !RUNNING_CLASSIFICATION.test(out[j])) return;
    out.length = j;
  }
}

const HYPHEN = 45;
const LETTER_P = 80;

/** The page-break pattern the line may match, told by its first characters (or its end), or null. */
function pageBreakPattern(line: string): RegExp | null {
  let start = 0;
  while (start < line.length && line.charCodeAt(start) === 32) start++;
  if (start === line.length) return null;
  const first = line.charCodeAt(start);
  if (first === LETTER_P && line.startsWith("PAGE", start)) return PAGE_BREAK;
  if (first === HYPHEN && line.startsWith("------", start)) return DISTRIBUTION_RULE;
  // "... 002 OF 004": three digits after "OF " close the line.
  const n = line.length;
  return n > SITE_PAGE_HEAD_MIN && line.charCodeAt(n - 4) === 32 && line.charCodeAt(n - 5) === 70 && line.charCodeAt(n - 6) === 79 ? SITE_PAGE_HEAD : null;
}

/** One test for the three patterns: a rare one's own call, first reached late, would deoptimize the compiled code. */
export function isPageBreak(line: string): boolean {
  const pattern = pageBreakPattern(line);
  return pattern !== null && pattern.test(line);
}

/** Splits a line before every paragraph mark that is not at its start. */
function splitAtParagraphMarks(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  let at = line.indexOf(PARAGRAPH_MARK, 1);
  while (at > 0) {
    const before = line.slice(from, at);
    if (before.trim() !== "") out.push(before.trimEnd());
    from = at;
    at = line.indexOf(PARAGRAPH_MARK, at + 1);
  }
  out.push(from === 0 ? line : line.slice(from));
  return out;
}

const NON_ASCII = 128;
/** The characters past ASCII that String.prototype.trimEnd (and \s) count as blank: ECMAScript's WhiteSpace and LineTerminator. */
const NON_ASCII_BLANKS: ReadonlySet<number> = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** What String.prototype.trimEnd removes, tested on one character code. */
function isWhitespaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= NON_ASCII && NON_ASCII_BLANKS.has(code);
}

/** The lines prepared so far, and whether the header (before paragraph 1) goes on. */
interface Prepared {
  out: string[];
  inHeader: boolean;
  subjectSeen: boolean;
  /** The text holds paragraph marks: lines are split before those inside them. */
  hasMarks: boolean;
}

/** Header lines are split before their field keywords; body lines go out as they are. */
function pushPiece(prepared: Prepared, piece: string): void {
  // Stored on every call: a store first reached late (at paragraph 1) would deoptimize the compiled code.
  prepared.inHeader = prepared.inHeader && !FIRST_PARAGRAPH.test(piece);
  if (!prepared.inHeader || !HEADER_KEYWORD_HINT.test(piece)) {
    prepared.out.push(piece);
    return;
  }
  for (const part of piece.split(HEADER_KEYWORDS)) {
    if (part.trim() === "") continue;
    prepared.out.push(part);
    if (SUBJECT_LINE.test(part)) prepared.subjectSeen = true;
  }
}

/** One line of the text, trailing blanks removed: dropped (a page break), split, or kept. */
function addLine(prepared: Prepared, line: string): void {
  if (prepared.inHeader && prepared.subjectSeen && line === "") prepared.inHeader = false;
  if (isPageBreak(line)) dropRunningClassification(prepared.out);
  else if (prepared.hasMarks && line.includes(PARAGRAPH_MARK)) for (const piece of splitAtParagraphMarks(line)) pushPiece(prepared, piece);
  else if (prepared.inHeader) pushPiece(prepared, line);
  else prepared.out.push(line);
}

/**
 * Telegram lines, trailing blanks removed, page breaks dropped, run-together headers split.
 * Walks the text by offsets: each line is cut once, already trimmed (no split array, no trimEnd copy).
 */
export function prepareLines(text: string): string[] {
  const prepared: Prepared = { out: [], inHeader: true, subjectSeen: false, hasMarks: text.includes(PARAGRAPH_MARK) };
  const length = text.length;
  for (let start = 0; start <= length; ) {
    let lineEnd = text.indexOf("\n", start);
    if (lineEnd < 0) lineEnd = length;
    let end = lineEnd;
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    // Telegrams of the 1980s mark an empty line with a lone hyphen.
    const loneHyphen = end - start <= LONE_HYPHEN_MAX && end > start && text.charCodeAt(end - 1) === HYPHEN && text.slice(start, end).trim() === "-";
    addLine(prepared, loneHyphen ? "" : text.slice(start, end));
    start = lineEnd + 1;
  }
  return prepared.out;
}

/** True for a line holding only blanks (a line that ends on other text is spared the regex). */
export function isBlank(line: string): boolean {
  return line.length === 0 || (isWhitespaceCode(line.charCodeAt(line.length - 1)) && BLANK_LINE.test(line));
}
