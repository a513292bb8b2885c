/**
 * The glossary's data: one JSON table a kind, code → meaning, reviewed by hand.
 * A meaning we are not sure of is left out (the tag then reads as unknown), never guessed.
 */
import subject from "./codes/subject.json";
import program from "./codes/program.json";
import country from "./codes/country.json";
import organization from "./codes/organization.json";
import person from "./codes/person.json";
import keyword from "./codes/keyword.json";
import alias from "./codes/alias.json";

export const TAG_KINDS = ["subject", "program", "country", "organization", "person", "unknown"] as const;
export type TagKind = (typeof TAG_KINDS)[number];
export type KnownKind = Exclude<TagKind, "unknown">;

export interface GlossaryEntry {
  kind: KnownKind;
  meaning: string;
}

/** Codes as written in TAGS lines, upper case. Order matters: the first table that knows a code wins. */
const CODE_TABLES: ReadonlyArray<readonly [KnownKind, Record<string, string>]> = [
  ["subject", subject],
  ["program", program],
  ["country", country],
  ["organization", organization],
  ["person", person],
];

/** Canonical form for lookups: upper case, single spaces, no stray punctuation at the ends. */
export function lookupKey(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^[\s.;:,]+|[\s.;:,]+$/g, "")
    .toUpperCase();
}

function buildCodeIndex(): Map<string, GlossaryEntry> {
  const index = new Map<string, GlossaryEntry>();
  for (const [kind, table] of CODE_TABLES) {
    for (const [code, meaning] of Object.entries(table)) {
      if (!index.has(code)) index.set(code, { kind, meaning });
    }
  }
  return index;
}

/** Free-text tags posts wrote instead of codes ("Human Rights", "USEU BRUSSELS"), keyed case-insensitively. */
function buildKeywordIndex(): Map<string, GlossaryEntry> {
  const index = new Map<string, GlossaryEntry>();
  for (const [text, entry] of Object.entries(keyword as Record<string, GlossaryEntry>)) {
    index.set(lookupKey(text), entry);
  }
  return index;
}

export const CODES: ReadonlyMap<string, GlossaryEntry> = buildCodeIndex();
export const KEYWORDS: ReadonlyMap<string, GlossaryEntry> = buildKeywordIndex();
/** Misspellings and variants seen in real TAGS lines → the code they stand for. */
export const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries(alias as Record<string, string>));
