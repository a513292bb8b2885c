/**
 * The search box's syntax, split into tokens: words, "quoted phrases", a trailing * for a prefix,
 * the operators AND, OR, NOT (upper case; lower case "and" is a word), a leading - for NOT, and
 * parentheses. Nothing here is FTS5 syntax: query.ts decides what the tokens mean.
 */

export type TermToken = { type: "term"; text: string; phrase: boolean; prefix: boolean };
export type QueryToken =
  | TermToken
  | { type: "and" }
  | { type: "or" }
  | { type: "not" }
  | { type: "open" }
  | { type: "close" };

export type TokenizeResult = { ok: true; tokens: QueryToken[] } | { ok: false; message: string };

const OPERATORS: Record<string, QueryToken> = { AND: { type: "and" }, OR: { type: "or" }, NOT: { type: "not" } };
const QUOTE = '"';
const PREFIX_MARK = "*";
const EXCLUDE_MARK = "-";
/** Characters that end a bare word. */
const WORD_END = /[\s"()]/;
/** The index only keeps letters and digits: a term without any can match nothing. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

/** Reads one term starting at `start` (a word or a quoted phrase); returns it and where it ends. */
function readTerm(input: string, start: number): { token: TermToken; end: number } | { message: string } {
  if (input[start] === QUOTE) {
    const close = input.indexOf(QUOTE, start + 1);
    if (close === -1) {
      return { message: `The quotation mark before “${input.slice(start + 1, start + 21).trim()}…” is never closed: add the closing ".` };
    }
    const prefix = input[close + 1] === PREFIX_MARK;
    const text = input.slice(start + 1, close).trim().replace(/\s+/g, " ");
    return { token: { type: "term", text, phrase: true, prefix }, end: close + 1 + (prefix ? 1 : 0) };
  }
  let end = start;
  while (end < input.length && !WORD_END.test(input[end])) end++;
  const word = input.slice(start, end);
  const prefix = word.length > 1 && word.endsWith(PREFIX_MARK);
  return { token: { type: "term", text: prefix ? word.slice(0, -1) : word, phrase: false, prefix }, end };
}

/** Splits the query; terms without a letter or digit ("...", a lone "-") are dropped as the index would. */
export function tokenizeQuery(input: string): TokenizeResult {
  const tokens: QueryToken[] = [];
  let index = 0;
  while (index < input.length) {
    const char = input[index];
    if (isSpace(char)) {
      index++;
      continue;
    }
    if (char === "(" || char === ")") {
      tokens.push({ type: char === "(" ? "open" : "close" });
      index++;
      continue;
    }
    // "-word", "-"phrase"", "-(...)": exclude what follows. A "-" inside a word ("pro-coca") is part of it.
    const next = input[index + 1];
    if (char === EXCLUDE_MARK && next !== undefined && !isSpace(next) && next !== EXCLUDE_MARK) {
      tokens.push({ type: "not" });
      index++;
      continue;
    }
    const read = readTerm(input, index);
    if ("message" in read) return { ok: false, message: read.message };
    index = read.end;
    const { token } = read;
    const operator = token.phrase ? undefined : OPERATORS[token.text];
    if (operator && !token.prefix) tokens.push(operator);
    else if (SEARCHABLE.test(token.text)) tokens.push(token);
  }
  return { ok: true, tokens };
}
