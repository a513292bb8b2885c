/**
 * The tokens of a REF item ("2006", "LIMA", "4766", ",", "(99)") and the shapes a citation is made
 * of: a word, a serial, a year. Each shape is one anchored regex: run natively from the first call,
 * which on a cold start costs less than a loop over character codes waiting to be compiled.
 */
import { isKnownStation } from "./stations";
import { NO_STRINGS } from "./text";

/**
 * Tokens: a parenthesised year, a decimal ("1.5", never a serial), a word, a number ("5/1" a date,
 * but "386/CPA/1047" the serial 386 and more), a list joiner.
 */
const TOKEN = /\(\d{2}(?:\d{2})?\)|\d+(?:\.\d+)+|[A-Z][A-Z0-9'/-]*|\d[A-Z0-9'-]*(?:\/\d+)*|[,;&/]/g;
/** An id written run together: "91JAKARTA14899", "SANAA5295". */
const RUN_TOGETHER_ID = /^(\d{2})?([A-Z]{3,})(\d{1,6})$/;
/** The shortest run-together id: a three-letter station and a one-digit serial. */
const MIN_RUN_TOGETHER = 4;

const ZERO = 48;
const NINE = 57;
const CAPITAL_A = 65;
const CAPITAL_Z = 90;

function isDigitAt(token: string, at: number): boolean {
  const code = token.charCodeAt(at);
  return code >= ZERO && code <= NINE;
}

function isCapitalAt(token: string, at: number): boolean {
  const code = token.charCodeAt(at);
  return code >= CAPITAL_A && code <= CAPITAL_Z;
}

const WORD = /^[A-Z][A-Z'-]*$/;
const SERIAL = /^\d{1,6}$/;
const YEAR = /^(?:\d{2}|19\d{2}|20\d{2})$/;
/** "(1999)", "(01)": a year in parentheses, before the station or after the serial. */
const PAREN_YEAR = /^\((\d{2}|19\d{2}|20\d{2})\)$/;

/** "LIMA", "O'HARE", "TD-"; false past the last token. */
export function isWord(token: string | undefined): boolean {
  return token !== undefined && WORD.test(token);
}

/** One to six digits; false past the last token. */
export function isSerial(token: string | undefined): boolean {
  return token !== undefined && SERIAL.test(token);
}

/** "06", "1999", "2006"; false past the last token. */
export function isYear(token: string | undefined): boolean {
  return token !== undefined && YEAR.test(token);
}

/** The year of "(1999)" or "(01)"; undefined for any other token. */
export function parenYear(token: string | undefined): string | undefined {
  return token === undefined ? undefined : PAREN_YEAR.exec(token)?.[1];
}

/** Whether the token could be a run-together id: long enough, ends in a digit, has a capital where a station would start. */
function mayRunTogether(token: string): boolean {
  return token.length >= MIN_RUN_TOGETHER && isDigitAt(token, token.length - 1) && (isCapitalAt(token, 0) || isCapitalAt(token, 2));
}

/** The tokens of an item written in capitals, run-together ids of known stations split into year, station and serial. */
export function tokensOfUpper(upper: string): string[] {
  const tokens: string[] = [];
  const matched = upper.match(TOKEN) ?? NO_STRINGS;
  for (let i = 0; i < matched.length; i++) {
    const token = matched[i];
    const run = mayRunTogether(token) ? RUN_TOGETHER_ID.exec(token) : null;
    if (run && isKnownStation(run[2])) {
      if (run[1]) tokens.push(run[1]);
      tokens.push(run[2], run[3]);
    } else tokens.push(token);
  }
  return tokens;
}
