/**
 * Classification markings and handling caveats: the serial line's marking ("UNCLAS",
 * "C O N F I D E N T I A L"), caveat lines ("SIPDIS", "SENSITIVE", "NOFORN") and how the release
 * combines them into one of the schema's classifications.
 */
import type { Classification } from "@/lib/record/schema";
import { NO_STRINGS } from "./text";

/** Words a serial line's marking is made of ("UNCLASSIFIED LIMITED OFFICIAL USE", "S E C R E T N O F O R N"). */
const MARKING_WORDS = [
  "UNCLAS",
  "UNCLASSIFIED",
  "CONFIDENTIAL",
  "SECRET",
  "TOP",
  "LIMITED",
  "OFFICIAL",
  "USE",
  "EFTO",
  "NOFORN",
  "SENSITIVE",
] as const;
const MARKING_WORD_SET: ReadonlySet<string> = new Set(MARKING_WORDS);

/** Handling caveats that stand on their own lines after the serial line. */
export const CAVEATS = [
  "SIPDIS",
  "SENSITIVE",
  "NOFORN",
  "NODIS",
  "EXDIS",
  "LIMDIS",
  "STADIS",
  "EFTO",
  "ORCON",
  "PROPIN",
  "NOCONTRACT",
  "CHEROKEE",
  "ROGER",
  "TERREP",
  "FOR OFFICIAL USE ONLY",
  "LIMITED OFFICIAL USE",
  "SENSITIVE BUT UNCLASSIFIED",
  "DISSENT CHANNEL",
] as const;
const CAVEAT_SET: ReadonlySet<string> = new Set(CAVEATS);

export function isCaveat(word: string): boolean {
  return CAVEAT_SET.has(word);
}
const CAVEAT_SEPARATOR = /[\s,;/]+/;

/** Classification level of each marking word that sets one; the highest present wins. */
const LEVELS: ReadonlyArray<[word: string, level: "UNCLASSIFIED" | "CONFIDENTIAL" | "SECRET"]> = [
  ["SECRET", "SECRET"],
  ["CONFIDENTIAL", "CONFIDENTIAL"],
  ["UNCLASSIFIED", "UNCLASSIFIED"],
  ["UNCLAS", "UNCLASSIFIED"],
  ["LIMITED", "UNCLASSIFIED"],
];

/**
 * How the release qualifies a level by a caveat: UNCLAS + SENSITIVE is "for official use only";
 * on classified cables NOFORN is NOFORN, and so was SENSITIVE until 2005 (18 of 19 such cables of
 * the 2003-2005 sample; 1 of 12 on the 2006-2010 site pages).
 */
const QUALIFIED: Record<string, Partial<Record<string, Classification>>> = {
  UNCLASSIFIED: { SENSITIVE: "UNCLASSIFIED//FOR OFFICIAL USE ONLY" },
  CONFIDENTIAL: { NOFORN: "CONFIDENTIAL//NOFORN", SENSITIVE: "CONFIDENTIAL//NOFORN" },
  SECRET: { NOFORN: "SECRET//NOFORN", SENSITIVE: "SECRET//NOFORN" },
};
/** From this year on, SENSITIVE no longer makes a classified cable NOFORN in the release. */
const SENSITIVE_NOT_NOFORN_FROM = 2006;
/** Caveats tried in this order: NOFORN is the stronger statement. */
const QUALIFIER_ORDER = ["NOFORN", "SENSITIVE"];

/** The line's words: runs of non-blank characters. */
const WORDS = /\S+/g;
const MIN_SPACED_RUN = 3;

/** Level words a garbled serial line may end its first letters on ("SE C R E T", "CSE C R E T", "C ONFIDENTIAL"). */
const LEVEL_MARKINGS = ["UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET"];
/** Letters a garbled marking may carry before the word ("CSECRET"). */
const MAX_GARBLE_PREFIX = 2;
/** The most tokens a spaced-out marking spans ("C O N F I D E N T I A L"). */
const MAX_MARKING_TOKENS = 12;
/** Markings that lost letters on their way into the release: known typos, as data. */
const MARKING_TYPOS: Readonly<Record<string, string>> = { ECRET: "SECRET", ONFIDENTIAL: "CONFIDENTIAL", NCLAS: "UNCLAS" };

/** Longer runs of letters hold no garbled marking word. */
const MAX_GARBLED_LENGTH = "UNCLASSIFIED".length + MAX_GARBLE_PREFIX;
/** Last letters of the words a garbled marking may give: most runs (routing lines) end on none of them. */
const GARBLED_WORD_ENDINGS: ReadonlySet<number> = new Set([...LEVEL_MARKINGS, ...Object.keys(MARKING_TYPOS)].map((word) => word.charCodeAt(word.length - 1)));

/** How many leading tokens make one garbled marking word, and the word; null when they do not. */
function garbledMarking(tokens: readonly string[]): [count: number, word: string] | null {
  let joined = "";
  for (let k = 0; k < Math.min(tokens.length, MAX_MARKING_TOKENS); k++) {
    joined += tokens[k];
    if (joined.length > MAX_GARBLED_LENGTH) return null;
    if (!GARBLED_WORD_ENDINGS.has(joined.charCodeAt(joined.length - 1))) continue;
    const typo = MARKING_TYPOS[joined];
    if (typo) return [k + 1, typo];
    const word = LEVEL_MARKINGS.find((w) => joined.endsWith(w) && joined.length - w.length <= MAX_GARBLE_PREFIX);
    if (word && (k > 0 || joined !== word)) return [k + 1, word];
  }
  return null;
}

/** Splits letters run together ("SECRETNOFORN") into marking words, or returns null. */
function splitMarkingRun(run: string): string[] | null {
  const words: string[] = [];
  let rest = run;
  while (rest.length > 0) {
    const word = MARKING_WORDS.find((w) => rest.startsWith(w) && (w !== "UNCLAS" || !rest.startsWith("UNCLASSIFIED")));
    if (!word) return null;
    words.push(word);
    rest = rest.slice(word.length);
  }
  return words;
}

/**
 * Upper-cases the tokens and joins spaced-out letters: "C o n f i d e n t i a l" -> "CONFIDENTIAL";
 * a garbled opening marking ("SE C R E T", "E C R E T") becomes its word.
 */
export function markingTokens(line: string): string[] {
  const tokens = line.toUpperCase().match(WORDS) ?? NO_STRINGS;
  const out: string[] = [];
  let i = 0;
  const garbled = isMarkingWord(tokens[0] ?? "") ? null : garbledMarking(tokens);
  if (garbled) {
    out.push(garbled[1]);
    i = garbled[0];
  }
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && isSingleLetter(tokens[j])) j++;
    if (j - i >= MIN_SPACED_RUN) {
      const run = tokens.slice(i, j).join("");
      out.push(...(splitMarkingRun(run) ?? [run]));
      i = j;
    } else {
      out.push(tokens[i]);
      i++;
    }
  }
  return out;
}

function isSingleLetter(token: string): boolean {
  return token.length === 1 && token >= "A" && token <= "Z";
}

export function isMarkingWord(token: string): boolean {
  return MARKING_WORD_SET.has(token);
}

/** No caveat line is longer ("NOFORN SIPDIS", "SENSITIVE BUT UNCLASSIFIED"). */
const MAX_CAVEAT_LINE = 60;

/** Level words a caveat line may repeat ("CONFIDENTIAL NOFORN"): not caveats themselves. */
const LEVEL_WORDS: ReadonlySet<string> = new Set(LEVEL_MARKINGS);

/** The caveats a line states when it holds nothing else ("SIPDIS", "NOFORN SIPDIS", "CONFIDENTIAL NOFORN"), else null. */
export function caveatsOfLine(line: string): string[] | null {
  if (line.length > MAX_CAVEAT_LINE) return null;
  const text = line.trim().toUpperCase();
  if (text === "") return null;
  if (CAVEAT_SET.has(text)) return [text];
  const caveats: string[] = [];
  for (const word of text.split(CAVEAT_SEPARATOR)) {
    if (CAVEAT_SET.has(word)) caveats.push(word);
    else if (word !== "" && !LEVEL_WORDS.has(word)) return null;
  }
  return caveats.length > 0 ? caveats : null;
}

/** The schema classification of a marking and the caveats that qualify it; the year when known. */
export function classificationOf(marking: readonly string[], caveats: readonly string[], year: number | null = null): Classification | null {
  const level = LEVELS.find(([word]) => marking.includes(word))?.[1];
  if (!level) return null;
  const present = new Set([...marking, ...caveats]);
  if (level !== "UNCLASSIFIED" && year !== null && year >= SENSITIVE_NOT_NOFORN_FROM) present.delete("SENSITIVE");
  for (const caveat of QUALIFIER_ORDER) {
    const qualified = present.has(caveat) ? QUALIFIED[level][caveat] : undefined;
    if (qualified) return qualified;
  }
  return level;
}
