/**
 * The REF block: labelled items in order ("REF: A. 2006 LIMA 4766 ¶B. 2006 LIMA 3823",
 * "REF: A) YEREVAN 382 B) YEREVAN 698", "(A) ... (B) ...", "A. A. LIMA 0004" with a stray repeated
 * label), an unlabelled "REF: STATE 33359" or "REFTEL: ...". Labels must run A, B, C...: a letter out
 * of sequence is text ("J. SMITH"). Each item resolves to one reference per cable it cites.
 */
import type { Reference } from "@/lib/record/schema";
import { REF } from "./header-keywords";
import { resolveItem, type Citation } from "./reference-ids";
import { NO_STRINGS } from "./text";

/** The keyword with its colon or full stop ("REF:", "REFTEL.", "REFS :") and the blanks after. */
const KEYWORD = new RegExp(`^${REF}\\b\\s*[:.]?\\s*`, "i");
/**
 * "(A)", "A)" or "A.)" (text may follow at once: "(A)STATE 177569", "B)03 ZAGREB 2642"), or "A.", "A:",
 * "B ." (tokenised) before a blank, or a capital "B." run into a station and its serial
 * ("A.STATE 97985 B.STATE 155178", "B.HANOI 1340"); at the start or after a blank or separator.
 */
const LABEL = /(^|[\s;,])(?:REF\s)?(?:\(([A-Za-z])\)|([A-Za-z])\.?\)|([A-Za-z])\s?[.:](?=\s|$)|([A-Z])\.(?=[A-Z]{3,} \d))/g;
const RUNS_OF_SPACE = /\s+/g;
const SPACE = 32;
/** What may trail an item once its blanks are single spaces: " ", ";", ",", "-". */
const TRAILING_SEPARATORS: ReadonlySet<number> = new Set([SPACE, 59, 44, 45]);
const PILCROWS = /¶/g;

export interface RefItem {
  label: string | null;
  text: string;
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

/** One line, single spaces, no trailing separators (by character codes: a regex anchored at the end tries every blank). */
function cleanItem(text: string): string {
  const collapsed = text.replace(RUNS_OF_SPACE, " ");
  let end = collapsed.length;
  while (end > 0 && TRAILING_SEPARATORS.has(collapsed.charCodeAt(end - 1))) end--;
  if (end === 0) return "";
  return collapsed.slice(collapsed.charCodeAt(0) === SPACE ? 1 : 0, end);
}

/** The block's lines as one text, keywords dropped, pilcrows as blanks (a loop: no arrays thrown away). */
function blockText(blockLines: readonly string[]): string {
  let text = blockLines[0].replace(KEYWORD, "");
  for (let i = 1; i < blockLines.length; i++) text += " " + blockLines[i].replace(KEYWORD, "");
  return text.includes("¶") ? text.replace(PILCROWS, " ") : text;
}

/** Adds the item that runs from textStart to end, unless it is unlabelled and empty. */
function addItem(items: RefItem[], label: string | null, text: string, textStart: number, end: number): void {
  const itemText = cleanItem(text.slice(textStart, end));
  if (itemText !== "" || label !== null) items.push({ label, text: itemText });
}

/** The letter of a LABEL match, whichever way it is written. */
function labelLetter(m: RegExpExecArray): string {
  return (m[2] ?? m[3] ?? m[4] ?? m[5]).toUpperCase();
}

/** Splits the REF block (its lines, keyword included) into labelled items. */
export function splitRefItems(blockLines: readonly string[]): RefItem[] {
  const items: RefItem[] = [];
  if (blockLines.length === 0) return items;
  const text = blockText(blockLines);
  let expected = "A";
  let label: string | null = null;
  let textStart = 0;
  let lastLabelEnd = -1;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    const letter = labelLetter(m);
    const start = m.index + m[1].length;
    const end = LABEL.lastIndex;
    if (label === letter && text.slice(lastLabelEnd, start).trim() === "") {
      // "A. A. LIMA 0004": the label written twice.
      textStart = lastLabelEnd = end;
      continue;
    }
    if (letter !== expected) continue;
    addItem(items, label, text, textStart, start);
    label = letter;
    expected = nextLetter(letter);
    textStart = lastLabelEnd = end;
  }
  addItem(items, label, text, textStart, text.length);
  return items;
}

/** One reference per cable the item cites, the citing cable's own id left out. */
function addReferences(references: Reference[], item: RefItem, citations: readonly Citation[], ownId: string | null): void {
  for (let i = 0; i < citations.length; i++) {
    const { id, kind } = citations[i];
    if (id === null || id !== ownId) references.push({ label: item.label, text: item.text, id, kind });
  }
}

/** The references of the REF block, one per cited cable; the cable's own id is dropped. */
export function parseReferences(blockLines: readonly string[], citingYear: number | null, ownId: string | null): Reference[] {
  const references: Reference[] = [];
  const items = splitRefItems(blockLines);
  for (let i = 0; i < items.length; i++) addReferences(references, items[i], resolveItem(items[i].text, citingYear), ownId);
  return references;
}

/**
 * "REF F", "(refs A and B)", "Refs A - D", "reftel C": the labels the body cites, matched where the
 * word "ref" starts (found by plain string search: far faster than a case-insensitive regex over
 * the whole body). The letters themselves must be capitals ("ref a" is no citation).
 */
const BODY_CITATION = /ref(?:tel)?s?\.?\s+([a-z](?:\s?(?:,|-|&|\/|and)\s?[a-z])*)\b/iy;
/**
 * How the word is written, "REF", "Ref" or "ref": found by its last letter (a one-character search
 * is the fastest there is, and "f" is rare next to the "e" a two-letter search would stop at)
 * and the two letters before it.
 */
const REF_SPELLINGS: ReadonlyArray<{ last: string; middle: number; first: readonly number[] }> = [
  { last: "F", middle: 69, first: [82] }, // "REF"
  { last: "f", middle: 101, first: [82, 114] }, // "Ref", "ref"
];
const CAPITAL_LETTER = /\b[A-Z]\b/g;
const WORD_CHAR = /\w/;

/** What may follow "ref" in a citation: a blank, "s", "tel" or a full stop ("reform", "refugee" are skipped at once). */
const AFTER_REF = new Set([" ", "\n", "\t", "s", "S", "t", "T", "."]);

/** The letter lists the body cites ("A", "A and B", "A - D"), in no particular order. */
function bodyCitationLetters(body: string): string[] {
  const cited: string[] = [];
  for (let i = 0; i < REF_SPELLINGS.length; i++) {
    const { last, middle, first } = REF_SPELLINGS[i];
    for (let at = body.indexOf(last, 2); at >= 0; at = body.indexOf(last, at + 1)) {
      if (body.charCodeAt(at - 1) !== middle || !first.includes(body.charCodeAt(at - 2)) || !AFTER_REF.has(body[at + 1])) continue;
      const start = at - 2;
      if (start > 0 && WORD_CHAR.test(body[start - 1])) continue;
      BODY_CITATION.lastIndex = start;
      const m = BODY_CITATION.exec(body);
      if (m) cited.push(m[1]);
    }
  }
  return cited;
}

/** Adds the labels one citation names: "A", "A and B", the range "A - D". */
function addCitedLabels(labels: Set<string>, cited: string): void {
  const letters = cited.match(CAPITAL_LETTER) ?? NO_STRINGS;
  const isRange = cited.includes("-") && letters.length === 2;
  if (isRange) for (let c = letters[0]; c <= letters[1]; c = nextLetter(c)) labels.add(c);
  else for (let i = 0; i < letters.length; i++) labels.add(letters[i]);
}

/** The REF labels the body cites, sorted; most bodies cite none and get the shared empty list (an empty array of another kind would deoptimize the caller's loop). */
export function labelsCitedInBody(body: string): readonly string[] {
  const citedLists = bodyCitationLetters(body);
  if (citedLists.length === 0) return NO_STRINGS;
  const labels = new Set<string>();
  for (let i = 0; i < citedLists.length; i++) addCitedLabels(labels, citedLists[i]);
  return labels.size === 0 ? NO_STRINGS : [...labels].sort();
}
