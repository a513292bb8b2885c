import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { standInParse } from "@/tests/fixtures/adapters/stand-in-parse";
import { collectInputsWith, readInputsWith, type InputItem } from "./read-inputs";

const SEEDS = join(process.cwd(), "seeds");
const FIXTURES = join(process.cwd(), "tests/fixtures/adapters");
const scratch = mkdtempSync(join(tmpdir(), "read-inputs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const summary = (items: InputItem[]) =>
  items.map((item) => (item.kind === "record" ? [item.record.source.format, item.record.id, item.record.source.row] : ["problem", item.problem.reason]));

describe("readInputs", () => {
  it("reads the seeds folder: one record per cable, in name order, formats detected", async () => {
    const items = await collectInputsWith(standInParse, [SEEDS]);
    expect(summary(items)).toEqual([
      ["text-export", "07LIMA218", undefined],
      ["telegram", null, undefined],
      ["ner-html", null, undefined],
      ["partial-extract", null, undefined],
      ["record-dump", "05LIMA1246", undefined],
    ]);
  });

  it("reads a mix of files and folders; the bytes of the items add up to the total", async () => {
    let total = { files: 0, bytes: 0 };
    const items = await collectInputsWith(standInParse, [join(FIXTURES, "cables-3rows.csv"), FIXTURES], { onTotal: (t) => (total = t) });
    const records = items.filter((item) => item.kind === "record");
    expect(records.map((item) => item.record.source.format)).toEqual([
      "cables-csv", "cables-csv", "cables-csv", // the file named first
      "site-html", "site-html", "site-html", "cables-csv", "cables-csv", "cables-csv", // then the folder, sorted
    ]);
    expect(records.slice(0, 3).map((item) => item.record.source.row)).toEqual([1, 2, 3]);
    expect(total.files).toBe(1 + 6);
    // Neither holds a cable.
    expect(items.flatMap((item) => (item.kind === "problem" ? [item.problem.path] : []))).toEqual([join(FIXTURES, "README.md"), join(FIXTURES, "stand-in-parse.ts")]);
    expect(items.reduce((sum, item) => sum + item.bytes, 0)).toBe(total.bytes);
  });

  it("parses the text alone when asked (useMetadata false)", async () => {
    const items = await collectInputsWith(standInParse, [join(SEEDS, "000_2968982f8eb35888.txt")], { useMetadata: false });
    expect(items[0].kind === "record" && items[0].record.id).toBeNull();
  });

  it("turns a parser exception and a record the schema rejects into problems, and goes on", async () => {
    const dir = join(scratch, "parser-failures");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.txt"), "UNCLAS LIMA 000001\nTAGS: PGOV\nSUBJECT: PARSER-CRASH\n");
    writeFileSync(join(dir, "b.txt"), "UNCLAS LIMA 000002\nTAGS: PGOV\nSUBJECT: INVALID-RECORD\n");
    writeFileSync(join(dir, "c.txt"), "UNCLAS LIMA 000003\nTAGS: PGOV\nSUBJECT: FINE\n");
    const items = await collectInputsWith(standInParse, [dir]);
    expect(items.map((item) => (item.kind === "problem" ? item.problem : item.record.source.path))).toEqual([
      { path: join(dir, "a.txt"), reason: "parser failed: stand-in parser crashed on purpose" },
      { path: join(dir, "b.txt"), reason: expect.stringMatching(/^record failed validation: id: /) },
      join(dir, "c.txt"),
    ]);
  });

  it("stops reading when the consumer stops", async () => {
    const iterator = readInputsWith(standInParse, [join(FIXTURES, "cables-3rows.csv")]);
    const first = await iterator.next();
    expect(first.value?.kind).toBe("record");
    await iterator.return(undefined);
  });
});
