/**
 * Person tags recognised by their shape. TAGS lines name people as "SURNAME, GIVEN NAMES"
 * (OBAMA, BARACK) or in parentheses after a country or subject code: "HO (MORRIS, ARNOLD FREDERICK)".
 * Split at commas, the parenthesised form leaves fragments such as "(EL" that are still names.
 */

/** "OBAMA, BARACK", "RICE, CONDOLEEZZA", "BUSH, GEORGE W.": a capitalised word, a comma, given names. */
const SURNAME_FIRST = /^([A-Z][A-Z'-]+), ((?:[A-Z][A-Z'.-]*)(?: [A-Z][A-Z'.-]*){0,3})$/;
/** "(MORRIS ARNOLD FREDERICK)", "HO (MORRIS ARNOLD FREDERICK)", "KCRM SP (BERARDUCCI", "(EL-". */
const PARENTHESISED = /^((?:[A-Z]{2,4} ){0,3})\(([A-Z][A-Z' .,:-]*?)[ ,:-]*\)?$/;
/** The end of a parenthesised name cut at a comma: "SAED)", "MOHAMED ET AL)". */
const CLOSING_FRAGMENT = /^([A-Z][A-Z' .:-]*?)[ :-]*\)$/;

/** Longer than any name in a TAGS line: some other text. */
const MAX_PERSON_TAG_LENGTH = 100;

export interface PersonMatch {
  name: string;
  /** Codes written before the parenthesised name ("HO", "KCRM SP"). */
  codes: string[];
  /** Only part of the name: the tag was cut at a comma inside the parentheses. */
  partial: boolean;
}

export function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** `isCode` says whether a word is a known tag code, so "PREL, PGOV" is never taken for a name. */
export function matchPerson(key: string, isCode: (word: string) => boolean): PersonMatch | null {
  if (key.length > MAX_PERSON_TAG_LENGTH) return null;
  const surnameFirst = SURNAME_FIRST.exec(key);
  if (surnameFirst) {
    const [, surname, given] = surnameFirst;
    if (isCode(surname) || given.split(" ").every(isCode)) return null;
    return { name: titleCase(`${given} ${surname}`), codes: [], partial: false };
  }
  const parenthesised = PARENTHESISED.exec(key);
  if (parenthesised) {
    const codes = parenthesised[1].split(" ").filter(Boolean);
    const written = parenthesised[2].trim();
    if (written.length === 0) return null;
    const reordered = SURNAME_FIRST.exec(written);
    const name = reordered ? `${reordered[2]} ${reordered[1]}` : written.replace(/,/g, " ").replace(/\s+/g, " ");
    return { name: titleCase(name), codes, partial: !key.endsWith(")") };
  }
  const closing = CLOSING_FRAGMENT.exec(key);
  if (closing) return { name: titleCase(closing[1]), codes: [], partial: true };
  return null;
}
