// A source that held its cable's content, edited into less (a full page into a partial extract), while
// another source gives the cable in full: the cable keeps the fuller text, the edited source records its
// new record, and reruns change nothing. Real files through the real pipeline, into a temporary database.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SourceProblem } from "@/lib/adapters/types";
import { ingest, summaryLine, type IngestCounts, type IngestOptions } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import { readInputs } from "@/lib/pipeline";

const LIMA_SEED = path.join(process.cwd(), "seeds", "000_2968982f8eb35888.txt");
const LIMA_ID = "07LIMA218";
/** Lines of the seed's header (id, subject, date, classification, origin) before its telegram text. */
const HEADER_LINES = 5;
const PARTIAL_NOTICE =
  "This record is a partial extract of the original cable. The full text of the original cable is not available.";
const UNCHANGED = { stored: 0, updated: 0, merged: 0, held: 0, keptFuller: 0, unchanged: 2 };

/** The Lima cable as the release gives it in part: the notice after the header, half its text. */
function partialLima(): string {
  const lines = readFileSync(LIMA_SEED, "utf8").split("\n");
  const body = lines.slice(HEADER_LINES).join("\n");
  return `${lines.slice(0, HEADER_LINES).join("\n")}\n${PARTIAL_NOTICE}${body.slice(0, body.length / 2)}`;
}

let dir: string;
let folder: string;
let db: Database.Database;
let fileA: string;
let fileB: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cable-archive-held-"));
  folder = path.join(dir, "in");
  mkdirSync(folder);
  fileA = path.join(folder, "a-lima.txt");
  fileB = path.join(folder, "b-lima.txt");
  db = openDatabase(path.join(dir, "archive.db"));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(inputs = [folder], options: IngestOptions = {}): Promise<IngestCounts> {
  return ingest(db, readInputs(inputs), { inputs, ...options });
}

interface LimaRow {
  text: string;
  partial: number;
  recordHash: string;
}
const lima = () => db.prepare(`SELECT text, partial, "recordHash" FROM "Cable" WHERE id = ?`).get(LIMA_ID) as LimaRow;
const sourceHash = (file: string) =>
  db.prepare(`SELECT "contentHash" FROM "Source" WHERE path = ?`).pluck().get(file) as string;
/** Every Cable and Source row but the time of ingest: equal snapshots mean nothing changed. */
const snapshot = () => ({
  cables: db.prepare(`SELECT * FROM "Cable" ORDER BY pk`).all(),
  sources: db.prepare(`SELECT path, row, format, "contentHash", "cablePk" FROM "Source" ORDER BY path`).all(),
});

/** Two full copies of the cable; A, read first, holds its content. */
async function twoFullSources(): Promise<string> {
  copyFileSync(LIMA_SEED, fileA);
  copyFileSync(LIMA_SEED, fileB);
  expect(await run()).toMatchObject({ stored: 1, merged: 1 });
  expect(lima().recordHash).toBe(sourceHash(fileA));
  return lima().text;
}

describe("a source that held its cable's content, edited into less", () => {
  it.each([
    ["at the end of the run", undefined],
    ["a batch at a time", 1],
  ])("keeps the other source's fuller text (settled %s), and reruns change nothing", async (_, batchSize) => {
    const fullText = await twoFullSources();
    const hashBefore = sourceHash(fileA);
    writeFileSync(fileA, partialLima());

    // The old content shows until the held record is settled: after its batch, or after the run.
    const oldContentShown: boolean[] = [];
    const counts = await run([folder], { batchSize, onProgress: () => oldContentShown.push(lima().recordHash === hashBefore) });
    expect(oldContentShown.at(-1)).toBe(batchSize === undefined);
    expect(counts).toMatchObject({ updated: 0, merged: 1, unchanged: 1, held: 0, keptFuller: 1 });
    expect(summaryLine(counts)).toBe(
      "2 files read: 0 cables stored (new), 0 updated, 1 unchanged, 0 rejected, " +
        "1 merged into cables from other sources, 1 cable kept a fuller source's text",
    );
    expect(lima()).toMatchObject({ text: fullText, partial: 0, recordHash: sourceHash(fileB) });
    expect(sourceHash(fileA)).not.toBe(hashBefore);

    const settled = snapshot();
    expect(await run([folder], { batchSize })).toMatchObject(UNCHANGED);
    expect(snapshot()).toEqual(settled);

    copyFileSync(LIMA_SEED, fileA); // back to full: as full as B, which keeps holding the cable
    expect(await run([folder], { batchSize })).toMatchObject({ merged: 1, unchanged: 1, keptFuller: 0 });
    expect(lima()).toMatchObject({ text: fullText, partial: 0 });
    expect(await run([folder], { batchSize })).toMatchObject(UNCHANGED);
  });

  it("keeps the fullest of three sources, not the last read", async () => {
    const fullText = await twoFullSources();
    const fileC = path.join(folder, "c-lima.txt");
    writeFileSync(fileC, partialLima());
    expect(await run()).toMatchObject({ merged: 1, unchanged: 2 });
    writeFileSync(fileA, partialLima());

    expect(await run()).toMatchObject({ merged: 1, unchanged: 2, keptFuller: 1 });
    expect(lima()).toMatchObject({ text: fullText, recordHash: sourceHash(fileB) });
    expect(await run()).toMatchObject({ ...UNCHANGED, unchanged: 3 });
  });

  it("is stored as any record when another source of the run took the content over first", async () => {
    await twoFullSources();
    writeFileSync(fileA, partialLima());
    writeFileSync(fileB, readFileSync(LIMA_SEED, "utf8").replace("Nelson Palomino,", "Nelson Palomino, a farmer by training,"));

    expect(await run()).toMatchObject({ updated: 1, merged: 1, held: 0, keptFuller: 0 });
    expect(lima()).toMatchObject({ partial: 0, recordHash: sourceHash(fileB) });
    expect(lima().text).toContain("a farmer by training");
    expect(await run()).toMatchObject(UNCHANGED);
  });

  it("is simply updated when it is the cable's only source", async () => {
    copyFileSync(LIMA_SEED, fileA);
    await run();
    writeFileSync(fileA, partialLima());

    const counts = await run();
    expect(counts).toMatchObject({ updated: 1, merged: 0, held: 0, keptFuller: 0 });
    expect(summaryLine(counts)).toBe("1 files read: 0 cables stored (new), 1 updated, 0 unchanged, 0 rejected");
    expect(lima()).toMatchObject({ partial: 1, recordHash: sourceHash(fileA) });
    expect(await run()).toMatchObject({ ...UNCHANGED, unchanged: 1 });
  });

  it("gives the cable its new record when the other source gives the cable no more", async () => {
    await twoFullSources();
    writeFileSync(fileA, partialLima());
    writeFileSync(fileB, ""); // read again, it yields no cable; this run does not read it as an input

    expect(await run([fileA])).toMatchObject({ updated: 1, merged: 0, held: 0, keptFuller: 0 });
    expect(lima()).toMatchObject({ partial: 1, recordHash: sourceHash(fileA) });
  });

  it("counts a held record whose storing fails as rejected, reports it, and finishes the run", async () => {
    await twoFullSources();
    const other = path.join(folder, "other.txt");
    copyFileSync(path.join(process.cwd(), "seeds", "001_5cdeb90addb253ea.txt"), other);
    await run();
    const before = snapshot();
    writeFileSync(fileA, partialLima());
    rmSync(other);
    db.exec(`CREATE TEMP TRIGGER refuse BEFORE UPDATE ON "Source" WHEN NEW.path = '${fileA}' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const problems: SourceProblem[] = [];

    const counts = await run([folder], { prune: true, onProblem: (problem) => problems.push(problem) });
    expect(problems).toEqual([{ path: fileA, reason: "not stored: refused" }]);
    expect(counts).toMatchObject({ rejected: 1, held: 0, merged: 0, keptFuller: 0, unchanged: 1, prunedSources: 1, prunedCables: 1 });
    expect(summaryLine(counts)).toMatch(/^2 files read: .*, 1 rejected; pruned 1 gone source and 1 cable$/);
    expect(snapshot().cables.filter((cable) => (cable as { id: string }).id === LIMA_ID)).toEqual(
      before.cables.filter((cable) => (cable as { id: string }).id === LIMA_ID),
    );

    db.exec(`DROP TRIGGER refuse`);
    expect(await run()).toMatchObject({ merged: 1, unchanged: 1, rejected: 0, keptFuller: 1 });
  });

  it("is held back, unwritten, by an interrupted run, and settled by the rerun", async () => {
    const fullText = await twoFullSources();
    const before = snapshot();
    writeFileSync(fileA, partialLima());
    const interrupt = new AbortController();
    const onProgress = (counts: Readonly<IngestCounts>) => {
      if (counts.records === 2) interrupt.abort();
    };

    const counts = await run([folder], { signal: interrupt.signal, onProgress });
    expect(counts).toMatchObject({ updated: 0, merged: 0, unchanged: 1, held: 1, keptFuller: 0 });
    expect(summaryLine(counts)).toMatch(/, 1 held back for a rerun \(changed sources less full than their cables are stored after a complete run\)$/);
    expect(snapshot()).toEqual(before);

    expect(await run()).toMatchObject({ merged: 1, unchanged: 1, held: 0, keptFuller: 1 });
    expect(lima()).toMatchObject({ text: fullText, partial: 0, recordHash: sourceHash(fileB) });
    expect(await run()).toMatchObject(UNCHANGED);
  });
});
