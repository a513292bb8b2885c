/**
 * The REF block: labelled items in order ("REF: A. 2006 LIMA 4766 ¶B. 2006 LIMA 3823",
 * "REF: A) YEREVAN 382 B) YEREVAN 698", "(A) ... (B) ...", "A. A. LIMA 0004" with a stray repeated
 * label), an unlabelled "REF: STATE 33359" or "REFTEL: ...". Labels must run A, B, C...: a letter out
 * of sequence is text ("J. SMITH"). Each item resolves to one reference per cable it cites.
 */
import type { Reference } from "@/lib/record/schema";
import { resolveItem } from "./reference-ids";
import { NO_STRINGS } from "./text";

const KEYWORD = /^(?:REFS?|REFTELS?|REFERENCES?)\b\s*[:.]?\s*/i;
/**
 * "(A)", "A)" or "A.)" (text may follow at once: "(A)STATE 177569", "B)03 ZAGREB 2642"), or "A.", "A:",
 * "B ." (tokenised) before a blank, or a capital "B." run into a station and its serial
 * ("A.STATE 97985 B.STATE 155178", "B.HANOI 1340"); at the start or after a blank or separator.
 */
const LABEL = /(^|[\s;,])(?:REF\s)?(?:\(([A-Za-z])\)|([A-Za-z])\.?\)|([A-Za-z])\s?[.:](?=\s|$)|([A-Z])\.(?=[A-Z]{3,} \d))/g;
const TRAILING_SEPARATORS = /[\s;,-]+$/;

export interface RefItem {
  label: string | null;
  text: string;
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

function cleanItem(text: string): string {
  return text.replace(/\s+/g, " ").replace(TRAILING_SEPARATORS, "").trim();
}

/** Splits the REF block (its lines, keyword included) into labelled items. */
export function splitRefItems(blockLines: readonly string[]): RefItem[] {
  const text = blockLines
    .map((line) => line.replace(KEYWORD, ""))
    .join(" ")
    .replace(/¶/g, " ");
  const items: RefItem[] = [];
  let expected = "A";
  let label: string | null = null;
  let textStart = 0;
  let lastLabelEnd = -1;
  const close = (end: number) => {
    const itemText = cleanItem(text.slice(textStart, end));
    if (itemText !== "" || label !== null) items.push({ label, text: itemText });
  };
  for (const m of text.matchAll(LABEL)) {
    const letter = (m[2] ?? m[3] ?? m[4] ?? m[5]).toUpperCase();
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    if (label === letter && text.slice(lastLabelEnd, start).trim() === "") {
      // "A. A. LIMA 0004": the label written twice.
      textStart = lastLabelEnd = end;
      continue;
    }
    if (letter !== expected) continue;
    close(start);
    label = letter;
    expected = nextLetter(letter);
    textStart = lastLabelEnd = end;
  }
  close(text.length);
  return items;
}

/** The references of the REF block, one per cited cable; the cable's own id is dropped. */
export function parseReferences(blockLines: readonly string[], citingYear: number | null, ownId: string | null): Reference[] {
  const references: Reference[] = [];
  for (const item of splitRefItems(blockLines)) {
    for (const citation of resolveItem(item.text, citingYear)) {
      if (citation.id !== null && citation.id === ownId) continue;
      references.push({ label: item.label, text: item.text, id: citation.id, kind: citation.kind });
    }
  }
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
  for (const { last, middle, first } of REF_SPELLINGS) {
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

export function labelsCitedInBody(body: string): string[] {
  const labels = new Set<string>();
  for (const cited of bodyCitationLetters(body)) {
    const letters = cited.match(CAPITAL_LETTER) ?? NO_STRINGS;
    const isRange = cited.includes("-") && letters.length === 2;
    if (isRange) for (let c = letters[0]; c <= letters[1]; c = nextLetter(c)) labels.add(c);
    else for (const letter of letters) labels.add(letter);
  }
  return [...labels].sort();
}
