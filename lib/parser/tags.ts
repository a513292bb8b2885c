/**
 * The TAGS line: subject, program, country and person tags ("TAGS: PREL PGOV SNAR PE",
 * "TAGS: PGOV, PINS, ELAB, EG", "TAGS PREL, PGOV, SF" on site pages). Commas separate tags when
 * there are any: then a tag may hold spaces ("Domestic Politics", "OVIP (STEINBERG, JAMES B.)": a
 * comma inside parentheses separates nothing). Without commas, spaces separate the codes and
 * free-text words stay together ("TAGS: War Crimes"). Site pages write some in lower case; tag
 * codes are upper case. A page that repeats the header repeats the TAGS line: each is read.
 */

import { TAGS, TAGS_COLON } from "./header-keywords";

/** The keyword opening a TAGS line, with its colon (site pages omit it; one typist struck a semicolon) and the blanks after. */
const TAGS_KEYWORD = new RegExp(`^${TAGS}(?:${TAGS_COLON})?\\s*`, "i");
/** The keyword again at the start of a later line. */
const REPEATED_KEYWORD = new RegExp(`^${TAGS}\\b`, "i");
/** A tag code ("PREL", "KDEM", "PE", "ASEC"; site pages may write "pgov"). */
const TAG_CODE = /^[A-Za-z][A-Za-z0-9]{1,5}$/;
/** A capitalised word ("Ports", "Political") is a free-text tag, kept as written. */
const CAPITALISED_WORD = /^[A-Z][a-z]{3,}$/;
/** A word that is a code when spaces separate the tags: all capitals or (site pages) all lower case. */
const SPACED_CODE = /^(?:[A-Z][A-Z0-9]{1,5}|[a-z][a-z0-9]{1,5})$/;
/** A code in a comma-separated part: capitals, two to five characters. */
const LISTED_CODE = /^[A-Z][A-Z0-9]{1,4}$/;
/** Country codes have two letters, subject and program codes four. */
const USUAL_CODE_LENGTHS: ReadonlySet<number> = new Set([2, 4]);
/** A person tag's code before the name in parentheses: "OVIP (CLINTON, HILLARY)". */
const CODE_BEFORE_PARENTHESES = /^([A-Za-z][A-Za-z0-9]{1,5})(\s*\()/;

/** The common case, a code as written: "PREL". */
const PLAIN_CODE = /^[A-Z][A-Z0-9]{1,5}$/;

function normalizeTag(tag: string): string {
  const trimmed = tag.trim();
  if (PLAIN_CODE.test(trimmed)) return trimmed;
  const text = trimmed.replace(/\s+/g, " ").replace(/[.]+$/, "");
  if (TAG_CODE.test(text) && !CAPITALISED_WORD.test(text)) return text.toUpperCase();
  return text.replace(CODE_BEFORE_PARENTHESES, (_, code: string, open: string) => code.toUpperCase() + open);
}

/** Splits at commas and semicolons outside parentheses. */
function splitAtCommas(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if ((c === "," || c === ";") && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Space-separated words: each code a tag, each run of other words one free-text tag. */
function splitAtSpaces(text: string): string[] {
  const tags: string[] = [];
  let phrase: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    if (SPACED_CODE.test(word.replace(/[.]+$/, ""))) {
      if (phrase.length > 0) tags.push(phrase.join(" "));
      phrase = [];
      tags.push(word);
    } else phrase.push(word);
  }
  if (phrase.length > 0) tags.push(phrase.join(" "));
  return tags;
}

/** One TAGS line's text (continuations joined, keyword removed) as tags. */
function tagsOfText(text: string): string[] {
  if (!text.includes(",") && !text.includes(";")) return splitAtSpaces(text);
  // "PTER PGOV PREL, AE", "OAS PE": a part of codes only, spaces between them, is several tags
  // ("BUD FIN", "SOVIET UNION" are one: no word of a code's usual length).
  return splitAtCommas(text).flatMap((part) => {
    const words = part.trim().split(/\s+/);
    const codes = words.length > 1 && words.every((word) => LISTED_CODE.test(word)) && words.some((word) => USUAL_CODE_LENGTHS.has(word.length));
    return codes ? words : [part];
  });
}

export function parseTags(lines: readonly string[]): string[] {
  // A line that opens with the keyword starts another TAGS line (a repeated header).
  const texts: string[] = [];
  for (const line of lines) {
    if (texts.length === 0 || REPEATED_KEYWORD.test(line)) texts.push(line.replace(TAGS_KEYWORD, ""));
    else texts[texts.length - 1] += ` ${line}`;
  }
  const tags: string[] = [];
  for (const text of texts) {
    for (const part of tagsOfText(text.trim())) {
      const tag = normalizeTag(part);
      if (tag !== "" && !tags.includes(tag)) tags.push(tag);
    }
  }
  return tags;
}
