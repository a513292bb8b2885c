/**
 * Streaming reader for the release's CSV dialect: every field quoted, quotes and backslashes
 * inside a field escaped with a backslash (\" \' \\), fields spanning lines. Memory stays flat:
 * only the current row (at most `maxRowChars`) is buffered. A broken row (stray quote, wrong
 * column count, runaway field) is reported and the reader resynchronises on the next line that
 * opens a row the way `rowStart` says rows open.
 */

export interface CsvRowsOptions {
  columns: number;
  /** Matches the opening of a row at a line start; must not be global or sticky. */
  rowStart: RegExp;
  /** A row longer than this is taken for a missing closing quote. */
  maxRowChars: number;
}

export type CsvItem =
  | { kind: "row"; row: number; fields: string[]; truncated: boolean }
  | { kind: "broken"; row: number; reason: string };

type Parsed =
  | { status: "row"; fields: string[]; end: number }
  | { status: "more" }
  | { status: "truncated"; fields: string[] }
  | { status: "broken"; reason: string };

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;
const APOSTROPHE = 39; // '
const BACKSLASH = 92; // \

/** Drops the backslash of \" \' \\ ; another backslash stays as written. A string search, not a regex replace: bodies are long. */
function unescapeField(raw: string): string {
  let at = raw.indexOf("\\");
  if (at < 0) return raw;
  let unescaped = "";
  let from = 0;
  while (at >= 0) {
    const next = raw.charCodeAt(at + 1);
    if (next === QUOTE || next === APOSTROPHE || next === BACKSLASH) {
      unescaped += raw.slice(from, at);
      from = at + 1;
      at = raw.indexOf("\\", at + 2);
    } else at = raw.indexOf("\\", at + 1);
  }
  return unescaped + raw.slice(from);
}

/** Parses one row starting at `pos`; "more" when the buffer ends first and more input may come. */
function parseRow(buf: string, pos: number, eof: boolean): Parsed {
  const fields: string[] = [];
  let i = pos;
  for (;;) {
    if (i >= buf.length) return eof ? { status: "row", fields: [...fields, ""], end: i } : { status: "more" };
    if (buf.charCodeAt(i) === QUOTE) {
      const start = i + 1;
      let j = start;
      let backslash = buf.indexOf("\\", j);
      let closing = -1;
      while (closing < 0) {
        const quote = buf.indexOf('"', j);
        if (quote < 0) return eof ? { status: "truncated", fields: [...fields, unescapeField(buf.slice(start))] } : { status: "more" };
        if (backslash >= 0 && backslash < quote) {
          j = backslash + 2;
          if (j > buf.length) return eof ? { status: "truncated", fields: [...fields, unescapeField(buf.slice(start))] } : { status: "more" };
          backslash = buf.indexOf("\\", j);
        } else {
          closing = quote;
        }
      }
      fields.push(unescapeField(buf.slice(start, closing)));
      i = closing + 1;
    } else {
      let end = i;
      for (let code = buf.charCodeAt(end); end < buf.length && code !== COMMA && code !== LF && code !== CR; code = buf.charCodeAt(end)) {
        if (code === QUOTE) return { status: "broken", reason: `stray quote in unquoted field ${fields.length + 1}` };
        end += 1;
      }
      if (end >= buf.length && !eof) return { status: "more" };
      fields.push(buf.slice(i, end));
      i = end;
    }
    if (i >= buf.length) return eof ? { status: "row", fields, end: i } : { status: "more" };
    const next = buf.charCodeAt(i);
    if (next === COMMA) {
      i += 1;
    } else if (next === LF) {
      return { status: "row", fields, end: i + 1 };
    } else if (next === CR) {
      if (i + 1 >= buf.length && !eof) return { status: "more" };
      return { status: "row", fields, end: buf.charCodeAt(i + 1) === LF ? i + 2 : i + 1 };
    } else {
      return { status: "broken", reason: `unescaped quote inside field ${fields.length}` };
    }
  }
}

/** Characters of a line examined for a row opening. */
const ROW_START_PROBE = 64;

/** The next line start at or after the line end found from `from` where a row opens; else where to resume. */
function nextRowStart(buf: string, from: number, rowStart: RegExp, eof: boolean): { found: number } | { resumeAt: number } {
  for (let lf = buf.indexOf("\n", from); lf >= 0; lf = buf.indexOf("\n", lf + 1)) {
    if (!eof && lf + 1 + ROW_START_PROBE > buf.length) return { resumeAt: lf };
    if (rowStart.test(buf.slice(lf + 1, lf + 1 + ROW_START_PROBE))) return { found: lf + 1 };
  }
  return { resumeAt: buf.length };
}

/** Why a row that parsed is still not a row of this file: wrong column count or a wrong opening. */
function shapeProblem(fields: string[], opening: string, options: CsvRowsOptions): string | undefined {
  if (fields.length !== options.columns) return `${fields.length} columns where ${options.columns} were expected`;
  if (!options.rowStart.test(opening)) return "row does not open the way rows do";
  return undefined;
}

function blankFrom(buf: string, pos: number): boolean {
  for (let i = pos; i < buf.length; i += 1) {
    const code = buf.charCodeAt(i);
    if (code !== LF && code !== CR && code !== 32 && code !== 9) return false;
  }
  return true;
}

export async function* readCsvRows(chunks: AsyncIterable<string>, options: CsvRowsOptions): AsyncGenerator<CsvItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  let buf = "";
  let pos = 0;
  let eof = false;
  let row = 0;
  /** While skipping a broken row: where to look for the next row opening; -1 otherwise. */
  let resyncFrom = -1;

  const readMore = async (): Promise<void> => {
    const next = await iterator.next();
    if (next.done) {
      eof = true;
      return;
    }
    buf = buf.slice(pos) + next.value;
    if (resyncFrom >= 0) resyncFrom -= pos;
    pos = 0;
  };
  const startResync = (): void => {
    resyncFrom = pos;
  };

  for (;;) {
    if (resyncFrom >= 0) {
      const next = nextRowStart(buf, resyncFrom, options.rowStart, eof);
      if ("found" in next) {
        pos = next.found;
        resyncFrom = -1;
      } else if (eof) {
        return;
      } else {
        // Drop what was searched, so skipping a runaway row stays flat in memory.
        pos = next.resumeAt;
        resyncFrom = next.resumeAt;
        await readMore();
        continue;
      }
    }
    while (pos < buf.length && (buf.charCodeAt(pos) === LF || buf.charCodeAt(pos) === CR)) pos += 1; // empty lines between rows
    if (blankFrom(buf, pos)) {
      if (eof) return;
      await readMore();
      continue;
    }
    const parsed = parseRow(buf, pos, eof);
    if (parsed.status === "more") {
      if (buf.length - pos > options.maxRowChars) {
        row += 1;
        yield { kind: "broken", row, reason: `row longer than ${options.maxRowChars} characters: a closing quote is probably missing` };
        startResync();
      } else {
        // Parse the row again only once its buffered text has doubled: a row many reads long
        // (or a runaway field) costs time linear in its length, not quadratic.
        const target = 2 * (buf.length - pos);
        do await readMore();
        while (!eof && buf.length - pos < target);
      }
      continue;
    }
    row += 1;
    if (parsed.status === "truncated") {
      yield { kind: "row", row, fields: parsed.fields, truncated: true };
      return;
    }
    const reason = parsed.status === "broken" ? parsed.reason : shapeProblem(parsed.fields, buf.slice(pos, pos + ROW_START_PROBE), options);
    if (parsed.status === "broken" || reason !== undefined) {
      yield { kind: "broken", row, reason: reason ?? "" };
      startResync();
      continue;
    }
    pos = parsed.end;
    yield { kind: "row", row, fields: parsed.fields, truncated: false };
  }
}
