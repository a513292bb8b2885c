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
 * it is in. Lines come trimmed and with their runs of spaces collapsed, so a block, joined once,
 * needs neither.
 */
interface Draft {
  number: string | null;
  text: string;
  block: string[];
}

const newDraft = (number: string | null, firstLine: string): Draft => ({ number, text: "", block: firstLine === "" ? [] : [collapseSpaceRuns(firstLine)] });

/** Adds a trimmed line to the draft's block; double spaces after full stops become one ("text.  Next"). */
function addLine(draft: Draft, line: string): void {
  draft.block.push(collapseSpaceRuns(line));
}

/** Cheap first test before the NUMBERED regex: a digit or the paragraph mark opens the line. */
function mayBeNumbered(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 0xb6;
}

function isRule(line: string | undefined): boolean {
  return line !== undefined && line.startsWith("-") && RULE.test(line);
}

/** A heading: over a dashed rule, or a short capitals line (or one ending ":") between blank lines. */
function isHeading(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (line.length > HEADING_MAX_LENGTH || isRule(line)) return false;
  if (isRule(lines[i + 1])) return true;
  const before = lines[i - 1];
  const after = lines[i + 1];
  if (before !== undefined && before !== "" && !isRule(before)) return false;
  if (after !== undefined && after !== "" && !(mayBeNumbered(after) && NUMBERED.test(after))) return false;
  if (SENTENCE_END.test(line) || (mayBeNumbered(line) && NUMBERED.test(line))) return false;
  return line === line.toUpperCase() || line.endsWith(":");
}

export function splitMarking(text: string): { classification: string | null; text: string } {
  const m = text.startsWith("(") ? MARKING.exec(text) : null;
  return m ? { classification: m[1].trim(), text: text.slice(m[0].length) } : { classification: null, text };
}

function closeBlock(draft: Draft): void {
  if (draft.block.length === 0) return;
  const block = draft.block.length === 1 ? draft.block[0] : draft.block.join(" ");
  draft.block.length = 0;
  draft.text = draft.text === "" ? block : `${draft.text}\n\n${block}`;
}

function finish(draft: Draft): Paragraph | null {
  closeBlock(draft);
  const text = draft.text;
  if (text === "") return draft.number === null ? null : { number: draft.number, classification: null, text: "" };
  const marked = splitMarking(text);
  return { number: draft.number, classification: marked.classification, text: marked.text };
}

export function parseParagraphs(rawLines: readonly string[]): Paragraph[] {
  const lines: string[] = new Array(rawLines.length);
  for (let i = 0; i < rawLines.length; i++) lines[i] = rawLines[i].trim();
  const paragraphs: Paragraph[] = [];
  let current = newDraft(null, "");
  let last = 0;
  const push = (draft: Draft) => {
    const paragraph = finish(draft);
    if (paragraph) paragraphs.push(paragraph);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") {
      // Before paragraph 1 each block stands alone; inside a paragraph a blank line only breaks it.
      if (current.number === null) {
        push(current);
        current = newDraft(null, "");
      } else closeBlock(current);
      continue;
    }
    if (isRule(line)) continue;
    const m = mayBeNumbered(line) ? NUMBERED.exec(line) : null;
    const n = m ? Number(m[2]) : 0;
    const accepted = m !== null && (m[1] !== undefined || n === last + 1 || (n > last && (i === 0 || lines[i - 1] === "") && MARKING.test(m[3])));
    if (accepted) {
      push(current);
      current = newDraft(String(n), m[3]);
      last = n;
    } else if (isHeading(lines, i)) {
      push(current);
      push(newDraft(null, line));
      current = newDraft(null, "");
    } else addLine(current, line);
  }
  push(current);
  return paragraphs;
}
