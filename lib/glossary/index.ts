/**
 * What a TAGS entry means. `describeTag("SNAR")` → { tag: "SNAR", kind: "subject", meaning: "Narcotics" }.
 * Lookup order: known codes, free-text keywords, known misspellings, person names by shape,
 * several codes run together; anything else is unknown with a null meaning.
 */
import { ALIASES, CODES, KEYWORDS, TAG_KINDS, lookupKey, type GlossaryEntry, type TagKind } from "./tables";
import { matchPerson } from "./person";
import { splitCompound } from "./compound";

export { TAG_KINDS, type TagKind };

export interface TagDescription {
  /** The tag as given, trimmed. */
  tag: string;
  kind: TagKind;
  /** Plain-language meaning; null when the glossary does not know it. */
  meaning: string | null;
}

/** Human labels for the kinds, in the order the glossary page lists them. */
export const TAG_KIND_LABELS: Readonly<Record<TagKind, string>> = {
  subject: "Subject tags",
  program: "Program tags",
  country: "Countries and regions",
  organization: "Organizations",
  person: "People",
  unknown: "Other and not yet explained",
};

/** What a rule found: compound tags of mixed kinds are explained yet of no single kind. */
interface Found {
  kind: TagKind;
  meaning: string;
}

/** A subject, program, country or organization code; name parts listed as person tags do not count. */
/** What one tag of each kind is, for a tag's own page. */
export const TAG_KIND_NAMES: Readonly<Record<TagKind, string>> = {
  subject: "Subject",
  program: "Program",
  country: "Country or region",
  organization: "Organization",
  person: "Person",
  unknown: "Unknown",
};

const isCode = (word: string): boolean => {
  const kind = CODES.get(word)?.kind;
  return kind !== undefined && kind !== "person";
};

function knownEntry(key: string): GlossaryEntry | undefined {
  return CODES.get(key) ?? KEYWORDS.get(key);
}

function fromAlias(key: string): Found | undefined {
  const canonical = ALIASES.get(key);
  const entry = canonical === undefined ? undefined : knownEntry(canonical);
  return entry && { kind: entry.kind, meaning: `${entry.meaning} (variant of ${canonical})` };
}

function fromPerson(key: string): Found | undefined {
  const person = matchPerson(key, isCode);
  if (!person) return undefined;
  const context = person.codes.filter(isCode).map((code) => `${code}: ${CODES.get(code)?.meaning}`);
  const suffix = context.length > 0 ? ` (with ${context.join("; ")})` : "";
  const label = person.partial ? "Part of a person's name" : "Person";
  return { kind: "person", meaning: `${label}: ${person.name}${suffix}` };
}

function fromCompound(key: string): Found | undefined {
  const parts = splitCompound(key, isCode);
  if (!parts) return undefined;
  const entries = parts.map((part) => CODES.get(part) as GlossaryEntry);
  const kinds = new Set(entries.map((entry) => entry.kind));
  const kind: TagKind = kinds.size === 1 ? entries[0].kind : "unknown";
  const listed = parts.map((part, i) => `${part} (${entries[i].meaning})`).join("; ");
  return { kind, meaning: `Several tags written as one: ${listed}` };
}

const RULES: ReadonlyArray<(key: string) => Found | undefined> = [knownEntry, fromAlias, fromPerson, fromCompound];

export function describeTag(tag: string): TagDescription {
  const trimmed = tag.trim();
  const key = lookupKey(trimmed);
  for (const rule of RULES) {
    const entry = rule(key);
    if (entry) return { tag: trimmed, kind: entry.kind, meaning: entry.meaning };
  }
  return { tag: trimmed, kind: "unknown", meaning: null };
}
