/**
 * The TAGS line: subject, program, country and person tags ("TAGS: PREL PGOV SNAR PE",
 * "TAGS: PGOV, PINS, ELAB, EG"). Site pages write some in lower case; tag codes are upper case.
 */

const TAGS_KEYWORD = /^TAGS?\s?:?\s*/i;
/** A tag code ("PREL", "KDEM", "PE", "ASEC"; site pages may write "pgov"). */
const TAG_CODE = /^[A-Za-z][A-Za-z0-9]{1,5}$/;
/** A capitalised word ("Ports", "Political") is a free-text tag, kept as written. */
const CAPITALISED_WORD = /^[A-Z][a-z]{3,}$/;

function normalizeTag(tag: string): string {
  const text = tag.trim().replace(/\s+/g, " ");
  return TAG_CODE.test(text) && !CAPITALISED_WORD.test(text) ? text.toUpperCase() : text;
}

export function parseTags(lines: readonly string[]): string[] {
  const text = lines.join(" ").replace(TAGS_KEYWORD, "").trim();
  // Commas separate tags when present: then a tag may hold spaces ("Domestic Politics").
  const parts = text.includes(",") ? text.split(/[,;]/) : text.split(/\s+/);
  const tags: string[] = [];
  for (const part of parts) {
    const tag = normalizeTag(part.replace(/[.]+$/, ""));
    if (tag !== "" && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
