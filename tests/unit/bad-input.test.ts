/**
 * Bad input (issue 3): each bad file is reported with file, row and reason, and the batch goes on
 * to read the good ones. Runs the real pipeline (adapters, parser, schema) on files made here.
 * Permission cases differ for root (chmod 000 does not stop it); to run them as another user:
 * runuser -u nobody -- node node_modules/vitest/vitest.mjs run --configLoader runner tests/unit/bad-input.test.ts
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFile, readInputs, type InputItem } from "@/lib/pipeline";

const SEEDS = join(process.cwd(), "seeds");
const FIXTURES = join(process.cwd(), "tests/fixtures/adapters");
const TELEGRAM = readFileSync(join(SEEDS, "001_5cdeb90addb253ea.txt"), "utf8");
const CSV_ROWS = readFileSync(join(FIXTURES, "cables-3rows.csv"), "utf8");
const isRoot = process.getuid?.() === 0;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bad-input-"));
});
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

async function collect(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths)) items.push(item);
  return items;
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const problems = (items: InputItem[]) => items.flatMap((item) => (item.kind === "problem" ? [item.problem] : []));
const records = (items: InputItem[]) => items.flatMap((item) => (item.kind === "record" ? [item.record] : []));

describe("bad input files", () => {
  it("an empty file", async () => {
    expect(await parseFile(write("empty.txt", ""))).toEqual([{ kind: "problem", problem: { path: join(dir, "empty.txt"), reason: "empty file" }, bytes: 0 }]);
  });

  it("a file of blank space", async () => {
    expect(problems(await parseFile(write("blank.txt", "\n  \n\t\n")))).toEqual([{ path: join(dir, "blank.txt"), reason: "file holds only blank space" }]);
  });

  it("a binary file", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(problems(await parseFile(write("image.png", png)))).toEqual([{ path: join(dir, "image.png"), reason: "binary file: NUL byte at offset 8" }]);
  });

  it("Latin-1 text is read, with a warning", async () => {
    const latin1 = Buffer.from(TELEGRAM.replace("Palomino", "Palomino Pérez"), "latin1");
    const [record] = records(await parseFile(write("latin1.txt", latin1)));
    expect(record.text).toContain("Palomino Pérez");
    expect(record.warnings).toContain("text is not valid UTF-8: read as Latin-1 (Windows-1252)");
    expect(record.id).toBe("07LIMA3229");
  });

  it.each([
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TELEGRAM, "utf16le")])],
    ["utf-16be", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TELEGRAM, "utf16le").swap16()])],
    ["utf-8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TELEGRAM, "utf8")])],
  ])("%s text with its byte order mark reads like UTF-8", async (name, bytes) => {
    const [record] = records(await parseFile(write(`${name}.txt`, bytes)));
    const [plain] = records(await parseFile(join(SEEDS, "001_5cdeb90addb253ea.txt")));
    expect(record.text).toBe(plain.text);
    expect(record.id).toBe("07LIMA3229");
    expect(record.warnings).toEqual(plain.warnings);
  });

  it("a csv row with a broken quote is reported with its row; the rows around it are read", async () => {
    const lines = CSV_ROWS.split("\n");
    const secondRow = lines.findIndex((line, i) => i > 0 && /^"\d+","/.test(line));
    lines[secondRow + 2] = `${lines[secondRow + 2]} "UNESCAPED" QUOTE`;
    const items = await parseFile(write("broken-quote.csv", lines.join("\n")));
    expect(problems(items)).toEqual([{ path: join(dir, "broken-quote.csv"), row: 2, reason: "broken csv row: unescaped quote inside field 8" }]);
    expect(records(items).map((record) => [record.source.row, record.id])).toEqual([
      [1, "85ALEXANDRIA524"],
      [3, expect.any(String)],
    ]);
  });

  it("a csv file cut inside its last row: the row is parsed, with a warning", async () => {
    const items = await parseFile(write("cut.csv", CSV_ROWS.slice(0, CSV_ROWS.length - 2000)));
    expect(problems(items)).toEqual([]);
    const last = records(items).at(-1)!;
    expect(last.source.row).toBe(3);
    expect(last.warnings).toContain("the file ends inside row 3: the cable may be truncated");
  });

  it.each([
    ["record dump", "004_789c93d5b4bf0660.txt", "record dump ends without its CABLE ENDS line: the cable may be truncated"],
    ["NER dump", "002_6dcb42eed13933de.txt", "NER dump without its closing </pre></code>: the cable may be truncated"],
  ])("a truncated %s is parsed, with a warning", async (_, seed, warning) => {
    const text = readFileSync(join(SEEDS, seed), "utf8");
    const [record, ...rest] = records(await parseFile(write(`cut-${seed}`, text.slice(0, Math.floor(text.length * 0.6)))));
    expect(rest).toEqual([]);
    expect(record.warnings).toContain(warning);
  });

  it("a truncated site page is parsed, with a warning", async () => {
    const html = readFileSync(join(FIXTURES, "04AMMAN1288.html"), "utf8");
    const cut = html.slice(0, html.indexOf("SYRIA THE ODD MAN OUT"));
    const [record] = records(await parseFile(write("cut-page.html", cut)));
    expect(record.id).toBe("04AMMAN1288");
    expect(record.warnings).toContain("page ends inside a <pre> block: the cable may be truncated");
  });

  it("a 50 MB file with no cable is rejected from its head, without reading it all", async () => {
    const line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n";
    const path = write("no-cable.txt", line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
    expect(problems(await parseFile(path))).toEqual([
      { path, reason: expect.stringMatching(/^no cable found: the first 128 KB match none of the known formats \(text-export, /) },
    ]);
  });
});

describe("a folder with unreadable entries", () => {
  let folder: string;
  beforeAll(() => {
    folder = join(dir, "folder");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-good.txt"), TELEGRAM);
    symlinkSync(join(folder, "missing-target.txt"), join(folder, "b-dangling-link.txt"));
    symlinkSync(join(folder, "c-loop-2.txt"), join(folder, "c-loop-1.txt"));
    symlinkSync(join(folder, "c-loop-1.txt"), join(folder, "c-loop-2.txt"));
    execFileSync("mkfifo", [join(folder, "d-fifo")]);
    writeFileSync(join(folder, "e-locked.txt"), TELEGRAM);
    chmodSync(join(folder, "e-locked.txt"), 0o000);
    writeFileSync(join(folder, "f-empty.txt"), "");
    writeFileSync(join(folder, "g-good.csv"), CSV_ROWS);
    mkdirSync(join(folder, "h-locked-folder"));
    writeFileSync(join(folder, "h-locked-folder", "inside.txt"), TELEGRAM);
    chmodSync(join(folder, "h-locked-folder"), 0o000);
  });
  afterAll(() => chmodSync(join(folder, "h-locked-folder"), 0o755));

  it("reports each entry that cannot be read, with its reason, and reads the rest", async () => {
    const items = await collect([folder]);
    const at = (name: string) => join(folder, name);
    const expected = [
      { path: at("b-dangling-link.txt"), reason: "dangling symbolic link: its target does not exist" },
      { path: at("c-loop-1.txt"), reason: "too many levels of symbolic links (ELOOP)" },
      { path: at("c-loop-2.txt"), reason: "too many levels of symbolic links (ELOOP)" },
      { path: at("d-fifo"), reason: "a named pipe (FIFO): only files and folders are read" },
      ...(isRoot ? [] : [{ path: at("e-locked.txt"), reason: "cannot be read: permission denied (EACCES)" }]),
      { path: at("f-empty.txt"), reason: "empty file" },
      ...(isRoot ? [] : [{ path: at("h-locked-folder"), reason: "folder cannot be listed: permission denied (EACCES)" }]),
    ];
    expect(problems(items)).toEqual(expected);
    // As root, chmod 000 does not stop reads: the locked file and folder are read like any other.
    const readable = ["a-good.txt", ...(isRoot ? ["e-locked.txt"] : []), "g-good.csv", "g-good.csv", "g-good.csv", ...(isRoot ? ["h-locked-folder/inside.txt"] : [])];
    expect(records(items).map((record) => record.source.path)).toEqual(readable.map(at));
  });

  it.skipIf(!isRoot)("as root, a folder that cannot be listed is simulated by a file standing where a folder is expected", async () => {
    const notAFolder = join(folder, "a-good.txt", "inside.txt");
    expect(problems(await collect([notAFolder, join(folder, "g-good.csv")]))).toEqual([
      { path: notAFolder, reason: "a path component is not a folder (ENOTDIR)" },
    ]);
  });
});
