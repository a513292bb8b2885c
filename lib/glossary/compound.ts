/**
 * Several codes run together in one tag: "PREL PM OAS" (spaces where commas belong),
 * "PTER; PREL", "PHUM. SF", or glued without a separator: "PHUMPGOV", "IZPREL", "EINVEFIN".
 * Split only when every part is a known code, so a real word never falls apart.
 */

const SEPARATORS = /[\s.;,/]+/;
/** Widths of glued parts, longest first: five- and four-letter subject codes, two-letter countries. */
const GLUED_WIDTHS = [5, 4, 2] as const;
const SUBJECT_CODE_MIN_LENGTH = 4;
/**
 * Glued words are mostly a subject code and a country ("IZPREL", "KDEMAF") or two subject codes.
 * Two or more two-letter parts would read almost any word as countries ("HUMANR" → HU MA NR).
 */
const MAX_GLUED_COUNTRY_PARTS = 1;
const MAX_GLUED_LENGTH = 16;

function splitGlued(word: string, isCode: (part: string) => boolean): string[] | null {
  if (word.length === 0) return [];
  for (const width of GLUED_WIDTHS) {
    if (word.length < width) continue;
    const head = word.slice(0, width);
    if (!isCode(head)) continue;
    const rest = splitGlued(word.slice(width), isCode);
    if (rest) return [head, ...rest];
  }
  return null;
}

function isPlausibleGlue(parts: readonly string[]): boolean {
  const countryParts = parts.filter((part) => part.length < SUBJECT_CODE_MIN_LENGTH).length;
  return parts.length > 1 && countryParts <= MAX_GLUED_COUNTRY_PARTS;
}

/** The codes a run-together tag is made of, or null when it is not (wholly) made of known codes. */
export function splitCompound(key: string, isCode: (part: string) => boolean): string[] | null {
  const words = key.split(SEPARATORS).filter(Boolean);
  const parts: string[] = [];
  for (const word of words) {
    if (isCode(word)) {
      parts.push(word);
      continue;
    }
    if (!/^[A-Z]+$/.test(word) || word.length > MAX_GLUED_LENGTH) return null;
    const glued = splitGlued(word, isCode);
    if (!glued || !isPlausibleGlue(glued)) return null;
    parts.push(...glued);
  }
  return parts.length > 1 ? parts : null;
}
