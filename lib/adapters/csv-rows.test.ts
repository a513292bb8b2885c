import { describe, expect, it } from "vitest";
import { readCsvRows, type CsvItem } from "./csv-rows";

const ROW_START = /^"\d+",/;

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function rows(text: string, size = 7, maxRowChars = 1000): Promise<CsvItem[]> {
  const items: CsvItem[] = [];
  for await (const item of readCsvRows(chunked(text, size), { columns: 3, rowStart: ROW_START, maxRowChars })) items.push(item);
  return items;
}

const ok = (row: number, fields: string[]): CsvItem => ({ kind: "row", row, fields, truncated: false });

describe("readCsvRows", () => {
  it.each([1, 2, 7, 1000])("reads quoted, escaped, multi-line fields in chunks of %i", async (size) => {
    const text = '"1","a \\"quoted\\" word","line one\nline two"\n"2","it\\\'s","back\\\\slash, comma"\n';
    expect(await rows(text, size)).toEqual([
      ok(1, ["1", 'a "quoted" word', "line one\nline two"]),
      ok(2, ["2", "it's", "back\\slash, comma"]),
    ]);
  });

  it("accepts CRLF line ends, blank lines between rows and no final newline", async () => {
    expect(await rows('\r\n"1","a","b"\r\n\r\n"2","c","d"')).toEqual([ok(1, ["1", "a", "b"]), ok(2, ["2", "c", "d"])]);
  });

  it("reports a row with a stray quote and resumes at the next row", async () => {
    const text = '"1","a","b"\n"2","he said "no" twice","c"\n"3","d","e"\n';
    expect(await rows(text)).toEqual([
      ok(1, ["1", "a", "b"]),
      { kind: "broken", row: 2, reason: "unescaped quote inside field 2" },
      ok(2 + 1, ["3", "d", "e"]),
    ]);
  });

  it("reports a row whose closing quote is missing without losing the next", async () => {
    const text = '"1","a","b\n"2","c","d"\n"3","e","f"\n';
    const items = await rows(text);
    expect(items[0]).toMatchObject({ kind: "broken", row: 1 });
    expect(items.slice(1)).toEqual([ok(2, ["2", "c", "d"]), ok(3, ["3", "e", "f"])]);
  });

  it("reports a wrong column count", async () => {
    const items = await rows('"1","a"\n"2","b","c"\n');
    expect(items).toEqual([{ kind: "broken", row: 1, reason: "2 columns where 3 were expected" }, ok(2, ["2", "b", "c"])]);
  });

  it("gives up on a runaway row past maxRowChars and stays flat", async () => {
    const text = `"1","a","${"x".repeat(5000)}`;
    const items = await rows(text, 100, 500);
    expect(items).toEqual([{ kind: "broken", row: 1, reason: "row longer than 500 characters: a closing quote is probably missing" }]);
  });

  it("hands on a row the file cuts short, marked truncated", async () => {
    expect(await rows('"1","a","b"\n"2","c","cut sho')).toEqual([
      ok(1, ["1", "a", "b"]),
      { kind: "row", row: 2, fields: ["2", "c", "cut sho"], truncated: true },
    ]);
  });
});
