/**
 * Body paragraphs: "¶1. (SBU) ...", "1. (C) ...", tokenised "¶1 . ( C )", and the text before
 * paragraph 1 (summary, headings) kept with number null. Headings ("Comment" over a dashed rule,
 * "NEW LEADERSHIP, SAME GOALS" between blank lines) are paragraphs of their own with number null.
 */
import type { Paragraph } from "@/lib/record/schema";
import { collapseSpaceRuns } from "./text";

/** "¶1.", "1.", "1 .", "¶ 12." and the rest of the line. */
const NUMBERED = /^(¶\s?)?(\d{1,3})\s?\.(?:\s+|$)(.*)$/;
/**
 * A leading marking: "(SBU)", "( C )", "(S//NF)", "(CONFIDENTIAL - ENTIRE TEXT.)"; never lower case.
 * Of single letters only U, C and S mark a level: "(A)" opens a list item.
 */
const MARKING = /^\(\s?([A-Z][A-Z/ -]{0,30}[A-Z.]|[UCS])\s?\)\s*/;
/** A dashed rule under a heading: "-------", "- - - -". */
const RULE = /^-(?: ?-){2,}[\s-]*$/;
/** A stand-alone heading: short, no closing full stop. */
const HEADING_MAX_LENGTH = 70;
const SENTENCE_END = /[.,;]$/;

/**
 * The paragraph being read: its finished blocks (joined by a blank line) and the lines of the block
 * it is in, trimmed and never empty: joined by single spaces, they put no run of spaces between
 * lines, so the block's runs are collapsed once, when it closes.
 */
interface Draft {
  number: string | null;
  text: string;
  block: string[];
}

const newDraft = (number: string | null, firstLine: string): Draft => ({ number, text: "", block: firstLine === "" ? [] : [firstLine] });

/** Cheap first test before the NUMBERED regex: a digit or the paragraph mark opens the line (an empty one is answered apart: charCodeAt past the end deoptimizes). */
function mayBeNumbered(line: string): boolean {
  if (line.length === 0) return false;
  const c = line.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 0xb6;
}

function isRule(line: string | undefined): boolean {
  return line !== undefined && line.startsWith("-") && RULE.test(line);
}

/** The body's lines, trimmed, and for each the NUMBERED match it holds (matched once, read up to three times). */
interface BodyLines {
  lines: string[];
  numbered: (RegExpExecArray | null)[];
}

function bodyLinesOf(rawLines: readonly string[]): BodyLines {
  const lines: string[] = new Array(rawLines.length);
  const numbered: (RegExpExecArray | null)[] = new Array(rawLines.length);
  for (let i = 0; i < rawLines.length; i++) {
    const line = rawLines[i].trim();
    lines[i] = line;
    numbered[i] = mayBeNumbered(line) ? NUMBERED.exec(line) : null;
  }
  return { lines, numbered };
}

/** A heading: over a dashed rule, or a short capitals line (or one ending ":") between blank lines. */
function isHeading({ lines, numbered }: BodyLines, i: number): boolean {
  const line = lines[i];
  if (line.length > HEADING_MAX_LENGTH || isRule(line)) return false;
  if (isRule(lines[i + 1])) return true;
  const before = lines[i - 1];
  const after = lines[i + 1];
  if (before !== undefined && before !== "" && !isRule(before)) return false;
  if (after !== undefined && after !== "" && numbered[i + 1] === null) return false;
  if (SENTENCE_END.test(line) || numbered[i] !== null) return false;
  // The cheap test first, so that both run from the first call (a test first reached late deoptimizes the compiled code).
  return line.endsWith(":") || line === line.toUpperCase();
}

export function splitMarking(text: string): { classification: string | null; text: string } {
  const m = text.startsWith("(") ? MARKING.exec(text) : null;
  return m ? { classification: m[1].trim(), text: text.slice(m[0].length) } : { classification: null, text };
}

/** Ends the block the draft is in; double spaces after full stops become one ("text.  Next"). */
function closeBlock(draft: Draft): void {
  if (draft.block.length === 0) return;
  const block = collapseSpaceRuns(draft.block.length === 1 ? draft.block[0] : draft.block.join(" "));
  draft.block.length = 0;
  draft.text = draft.text === "" ? block : `${draft.text}\n\n${block}`;
}

/** Adds the draft's paragraph, if it holds one (text, or at least a number: an empty text has no marking). */
function finish(draft: Draft, paragraphs: Paragraph[]): void {
  closeBlock(draft);
  if (draft.text === "" && draft.number === null) return;
  const marked = splitMarking(draft.text);
  paragraphs.push({ number: draft.number, classification: marked.classification, text: marked.text });
}

/**
 * The numbered paragraph line i opens, or null. A paragraph mark opens one; else the number must
 * follow the last, or skip ahead after a blank line when a marking follows (partial extracts).
 */
function openedParagraph({ lines, numbered }: BodyLines, i: number, last: number): { number: number; text: string } | null {
  const m = numbered[i];
  if (m === null) return null;
  const n = Number(m[2]);
  const accepted = m[1] !== undefined || n === last + 1 || (n > last && (i === 0 || lines[i - 1] === "") && MARKING.test(m[3]));
  return accepted ? { number: n, text: m[3] } : null;
}

export function parseParagraphs(rawLines: readonly string[]): Paragraph[] {
  const body = bodyLinesOf(rawLines);
  const lines = body.lines;
  const paragraphs: Paragraph[] = [];
  let current = newDraft(null, "");
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") {
      // Before paragraph 1 each block stands alone; inside a paragraph a blank line only breaks it.
      if (current.number === null) {
        finish(current, paragraphs);
        current = newDraft(null, "");
      } else closeBlock(current);
      continue;
    }
    if (isRule(line)) continue;
    const opened = openedParagraph(body, i, last);
    if (opened) {
      finish(current, paragraphs);
      current = newDraft(String(opened.number), opened.text);
      last = opened.number;
    } else if (isHeading(body, i)) {
      finish(current, paragraphs);
      finish(newDraft(null, line), paragraphs);
      current = newDraft(null, "");
    } else current.block.push(line);
  }
  finish(current, paragraphs);
  return paragraphs;
}
