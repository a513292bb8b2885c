// Sources gone from the inputs (deleted files, rows dropped from a csv): reported after a complete run,
// removed with `prune`, never for a run that did not read its inputs to the end. Real files through the
// real pipeline, into a temporary database.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyCounts, ingest, summaryLine, type IngestCounts, type IngestOptions } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import { readInputs } from "@/lib/pipeline";

const SEEDS = path.join(process.cwd(), "seeds");
const SEED_FILES = ["000_2968982f8eb35888.txt", "001_5cdeb90addb253ea.txt", "002_6dcb42eed13933de.txt"];
/** 07LIMA218, whose text names "Nelson Palomino": the copies below swap in a word no other cable has. */
const LIMA_SEED = path.join(SEEDS, SEED_FILES[0]);
const LIMA_ID = "07LIMA218";
const MARKER = "Xylophonist";
const CSV_FIXTURE = path.join(process.cwd(), "tests/fixtures/adapters/cables-3rows.csv");
/** How every row of the csv fixture opens (one row of the release per match). */
const CSV_ROW_START = /^"\d+","/gm;

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cable-archive-gone-"));
  db = openDatabase(path.join(dir, "archive.db"));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(inputs: string[], options: IngestOptions = {}): Promise<IngestCounts> {
  return ingest(db, readInputs(inputs), { inputs, ...options });
}

/** A folder holding the first seeds, the Lima cable with MARKER in place of a name. */
function seedFolder(name: string, files = SEED_FILES): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const file of files) copyFileSync(path.join(SEEDS, file), path.join(folder, file));
  const lima = path.join(folder, SEED_FILES[0]);
  if (files.includes(SEED_FILES[0])) writeFileSync(lima, readFileSync(lima, "utf8").replace("Nelson Palomino", `Nelson ${MARKER}`));
  return folder;
}

/** The Lima cable's text with a phrase added: longer, so the fuller of two sources, and holding MARKER. */
const fullerLima = () => readFileSync(LIMA_SEED, "utf8").replace("Nelson Palomino,", `Nelson Palomino, a ${MARKER} by training,`);

const count = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
const cables = () => count(`SELECT count(*) FROM "Cable"`);
const sources = () => count(`SELECT count(*) FROM "Source"`);
/** Cables the full-text index finds for a word. */
const found = (word: string) => count(`SELECT count(*) FROM "CableSearch" WHERE "CableSearch" MATCH ?`, word);
const limaText = () => db.prepare(`SELECT text FROM "Cable" WHERE id = ?`).pluck().get(LIMA_ID) as string | undefined;

/** Fails when the external-content index disagrees with the Cable rows. */
function checkSearchIndex(): void {
  db.exec(`INSERT INTO "CableSearch" ("CableSearch") VALUES ('integrity-check')`);
}

describe("sources gone from the inputs", () => {
  it("reports a deleted file and keeps its cable without prune", async () => {
    const folder = seedFolder("in");
    await run([folder]);
    unlinkSync(path.join(folder, SEED_FILES[0]));

    const counts = await run([folder]);
    expect(counts).toMatchObject({ gone: 1, goneListed: [path.join(folder, SEED_FILES[0])], prunedSources: 0, prunedCables: 0 });
    expect(summaryLine(counts)).toBe(
      `2 files read: 0 cables stored (new), 0 updated, 2 unchanged, 0 rejected; ` +
        `1 source under the inputs is gone: ${path.join(folder, SEED_FILES[0])} (run with --prune to remove it)`,
    );
    expect(cables()).toBe(3);
    expect(found(MARKER)).toBe(1);
  });

  it("with prune removes the source, its cable, the cable's rows and its words from the search index", async () => {
    const folder = seedFolder("in");
    await run([folder]);
    const limaPk = count(`SELECT pk FROM "Cable" WHERE id = ?`, LIMA_ID);
    expect(count(`SELECT count(*) FROM "Paragraph" WHERE "cablePk" = ?`, limaPk)).toBeGreaterThan(0);
    unlinkSync(path.join(folder, SEED_FILES[0]));

    const counts = await run([folder], { prune: true });
    expect(counts).toMatchObject({ gone: 1, prunedSources: 1, prunedCables: 1, restoredCables: 0, keptContent: [] });
    expect(summaryLine(counts)).toMatch(/; pruned 1 gone source and 1 cable$/);
    expect(limaText()).toBeUndefined();
    expect([cables(), sources()]).toEqual([2, 2]);
    for (const table of ["CableTag", "Paragraph", "Recipient", "Entity"]) {
      expect(count(`SELECT count(*) FROM "${table}" WHERE "cablePk" = ?`, limaPk), table).toBe(0);
    }
    expect(count(`SELECT count(*) FROM "Reference" WHERE "citingPk" = ?`, limaPk)).toBe(0);
    expect(found(MARKER)).toBe(0);
    checkSearchIndex();

    expect(await run([folder], { prune: true })).toMatchObject({ gone: 0, prunedSources: 0, unchanged: 2 });
  });

  it("finds the rows dropped from a re-exported csv", async () => {
    const csv = path.join(dir, "cables.csv");
    const whole = readFileSync(CSV_FIXTURE, "utf8");
    writeFileSync(csv, whole);
    await run([csv]);
    expect(cables()).toBe(3);
    const lastRowStart = [...whole.matchAll(CSV_ROW_START)].at(-1)!.index;
    writeFileSync(csv, whole.slice(0, lastRowStart));

    expect(await run([csv])).toMatchObject({ gone: 1, goneListed: [`${csv} row 3`], unchanged: 2 });
    expect(await run([csv], { prune: true })).toMatchObject({ gone: 1, prunedSources: 1, prunedCables: 1 });
    expect(count(`SELECT count(*) FROM "Cable" WHERE id = '03OTTAWA1114'`)).toBe(0);
    expect([cables(), sources()]).toEqual([2, 2]);
    checkSearchIndex();
  });

  it("keeps a cable that loses one of two sources, with the content of the one left", async () => {
    const folder = seedFolder("in", [SEED_FILES[1]]);
    copyFileSync(LIMA_SEED, path.join(folder, "a-lima.txt"));
    writeFileSync(path.join(folder, "b-lima.txt"), fullerLima()); // its text is the cable's while both exist
    expect(await run([folder])).toMatchObject({ stored: 2, updated: 1 });
    expect(found(MARKER)).toBe(1);

    unlinkSync(path.join(folder, "b-lima.txt"));
    const counts = await run([folder], { prune: true });
    expect(counts).toMatchObject({ gone: 1, prunedSources: 1, prunedCables: 0, restoredCables: 1, keptContent: [] });
    expect(summaryLine(counts)).toMatch(/; pruned 1 gone source and 0 cables, 1 cable re-stored from a remaining source$/);
    expect(limaText()).not.toContain(MARKER);
    expect(limaText()).toContain("Nelson Palomino");
    expect(found(MARKER)).toBe(0);
    expect(found("Palomino")).toBe(2);
    checkSearchIndex();
    // The cable is held by the source left, so a rerun finds everything unchanged.
    expect(await run([folder], { prune: true })).toMatchObject({ gone: 0, unchanged: 2, updated: 0, merged: 0 });
  });

  it("leaves the content alone when the pruned source of two did not hold it", async () => {
    const folder = seedFolder("in", []);
    writeFileSync(path.join(folder, "a-lima.txt"), fullerLima());
    copyFileSync(LIMA_SEED, path.join(folder, "b-lima.txt"));
    expect(await run([folder])).toMatchObject({ stored: 1, merged: 1 });

    unlinkSync(path.join(folder, "b-lima.txt"));
    expect(await run([folder], { prune: true })).toMatchObject({ prunedSources: 1, prunedCables: 0, restoredCables: 0 });
    expect(found(MARKER)).toBe(1);
    expect(sources()).toBe(1);
  });

  it("names a cable that keeps a pruned source's content when its other source gives it no more", async () => {
    const outside = path.join(dir, "elsewhere", "lima.txt");
    mkdirSync(path.dirname(outside));
    copyFileSync(LIMA_SEED, outside);
    const folder = seedFolder("in", []);
    writeFileSync(path.join(folder, "lima.txt"), fullerLima());
    await run([outside, folder]);
    unlinkSync(path.join(folder, "lima.txt"));
    writeFileSync(outside, ""); // the other source, outside this run's inputs, is no cable now

    const counts = await run([folder], { prune: true });
    expect(counts).toMatchObject({ prunedSources: 1, prunedCables: 0, restoredCables: 0, keptContent: [LIMA_ID] });
    expect(summaryLine(counts)).toMatch(/; 1 cable kept a pruned source's content \(no remaining source gives it now\): 07LIMA218$/);
    expect(found(MARKER)).toBe(1);
  });

  it("keeps the sources of files that are there but cannot be read", async () => {
    const folder = seedFolder("in");
    await run([folder]);
    writeFileSync(path.join(folder, SEED_FILES[0]), "");
    writeFileSync(path.join(folder, SEED_FILES[1]), Buffer.from([0, 1, 2, 3, 0, 255, ...Array(200).fill(0)]));

    const counts = await run([folder], { prune: true });
    expect(counts).toMatchObject({ rejected: 2, unchanged: 1, gone: 0, prunedSources: 0 });
    expect([cables(), sources()]).toEqual([3, 3]);
  });

  it("keeps everything under an input that cannot be found", async () => {
    const folder = seedFolder("in");
    await run([folder]);
    renameSync(folder, `${folder}-moved`);

    expect(await run([folder], { prune: true })).toMatchObject({ rejected: 1, gone: 0, prunedSources: 0 });
    expect(cables()).toBe(3);
  });

  it("takes a folder's sources by path and separator: /x/a holds nothing of /x/ab", async () => {
    const a = seedFolder(path.join("x", "a"), [SEED_FILES[1]]);
    const ab = seedFolder(path.join("x", "ab"), [SEED_FILES[2]]);
    await run([a, ab]);

    expect(await run([a], { prune: true })).toMatchObject({ gone: 0, prunedSources: 0 });
    expect(cables()).toBe(2);
    unlinkSync(path.join(a, SEED_FILES[1]));
    expect(await run([a], { prune: true })).toMatchObject({ gone: 1, prunedSources: 1, prunedCables: 1 });
    expect(count(`SELECT count(*) FROM "Source" WHERE path LIKE ?`, `${ab}%`)).toBe(1);
  });

  it("takes a file input as that one file", async () => {
    const folder = seedFolder("in");
    await run([folder]);
    expect(await run([path.join(folder, SEED_FILES[1])], { prune: true })).toMatchObject({ gone: 0, unchanged: 1 });
    expect(cables()).toBe(3);
  });

  it("keeps a source stored by naming it where the folder's walk never goes (a dot folder)", async () => {
    const folder = seedFolder("in", [SEED_FILES[1]]);
    const hidden = path.join(folder, ".x", "lima.txt");
    mkdirSync(path.dirname(hidden));
    copyFileSync(LIMA_SEED, hidden);
    await run([hidden]);
    expect(await run([folder])).toMatchObject({ files: 1, stored: 1, gone: 0 });

    expect(await run([folder], { prune: true })).toMatchObject({ gone: 0, prunedSources: 0 });
    expect([cables(), sources()]).toEqual([2, 2]);
  });

  it("prunes a renamed csv a chunk of cables at a time: interrupted, the cables settled stay settled", async () => {
    const folder = path.join(dir, "in");
    mkdirSync(folder);
    copyFileSync(CSV_FIXTURE, path.join(folder, "old.csv"));
    await run([folder]);
    renameSync(path.join(folder, "old.csv"), path.join(folder, "new.csv"));
    // Interrupted as the first chunk's cable takes its content from new.csv.
    const interrupt = new AbortController();
    db.function("interrupt_prune", () => (interrupt.abort(), null));
    db.exec(`CREATE TEMP TRIGGER interrupt_prune AFTER UPDATE ON "Cable" BEGIN SELECT interrupt_prune(); END`);

    const counts = await run([folder], { prune: true, batchSize: 1, signal: interrupt.signal });
    expect(counts).toMatchObject({ merged: 3, gone: 3, prunedSources: 1, prunedCables: 0, restoredCables: 1, pruneInterrupted: true });
    expect(summaryLine(counts)).toMatch(
      /; 3 sources under the inputs are gone; prune interrupted: pruned 1 of them and 0 cables, 1 cable re-stored from a remaining source \(run with --prune again to finish\)$/,
    );
    // Every cable is whole: one held by new.csv, two still by their old.csv row beside their new.csv one.
    expect([cables(), sources()]).toEqual([3, 5]);
    expect(count(`SELECT count(*) FROM "Cable" JOIN "Source" ON "cablePk" = pk AND "contentHash" = "recordHash" WHERE path LIKE '%new.csv'`)).toBe(1);
    checkSearchIndex();

    db.exec(`DROP TRIGGER interrupt_prune`);
    expect(await run([folder], { prune: true, batchSize: 1 })).toMatchObject({ gone: 2, prunedSources: 2, restoredCables: 2, pruneInterrupted: false });
    expect([cables(), sources()]).toEqual([3, 3]);
    expect(await run([folder], { prune: true })).toMatchObject({ gone: 0, unchanged: 3 });
  });

  it("prunes nothing when the run is interrupted", async () => {
    const folder = seedFolder("in");
    await run([folder]);
    unlinkSync(path.join(folder, SEED_FILES[2]));
    const interrupt = new AbortController();

    const counts = await run([folder], { prune: true, signal: interrupt.signal, onProgress: () => interrupt.abort() });
    expect(counts).toMatchObject({ records: 1, gone: 0, prunedSources: 0 });
    expect([cables(), sources()]).toEqual([3, 3]);
  });
});

describe("summary of gone sources", () => {
  const base = { files: 10, unchanged: 10 };

  it("names the first few and counts the rest", () => {
    const counts = { ...emptyCounts(), ...base, gone: 5, goneListed: ["/in/a.txt", "/in/b.csv row 7", "/in/c.txt"] };
    expect(summaryLine(counts)).toBe(
      "10 files read: 0 cables stored (new), 0 updated, 10 unchanged, 0 rejected; 5 sources under the inputs are gone: " +
        "/in/a.txt, /in/b.csv row 7, /in/c.txt and 2 more (run with --prune to remove them)",
    );
  });

  it("says a prune interrupted before its first chunk removed nothing", () => {
    const counts = { ...emptyCounts(), ...base, gone: 2, pruneInterrupted: true };
    expect(summaryLine(counts)).toBe(
      "10 files read: 0 cables stored (new), 0 updated, 10 unchanged, 0 rejected; 2 sources under the inputs are gone; " +
        "prune interrupted: nothing removed (run with --prune again to finish)",
    );
  });

  it("says nothing of gone sources when there are none", () => {
    expect(summaryLine({ ...emptyCounts(), ...base })).toBe(
      "10 files read: 0 cables stored (new), 0 updated, 10 unchanged, 0 rejected",
    );
  });
});

describe("npm run ingest -- --prune", () => {
  const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");

  async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}` };
    try {
      const { stdout, stderr } = await promisify(execFile)(TSX, ["scripts/ingest.ts", ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  }
  const lastLine = (text: string) => text.trim().split("\n").at(-1);

  it("reports a deleted file, then removes it with --prune", async () => {
    const folder = seedFolder("in");
    expect((await cli(folder)).code).toBe(0);
    const deleted = path.join(folder, SEED_FILES[0]);
    unlinkSync(deleted);

    const reported = await cli(folder);
    expect(reported.code, reported.stderr).toBe(0);
    expect(lastLine(reported.stdout)).toBe(
      `2 files read: 0 cables stored (new), 0 updated, 2 unchanged, 0 rejected; ` +
        `1 source under the inputs is gone: ${deleted} (run with --prune to remove it)`,
    );
    const pruned = await cli("--prune", folder);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(lastLine(pruned.stdout)).toBe(
      "2 files read: 0 cables stored (new), 0 updated, 2 unchanged, 0 rejected; pruned 1 gone source and 1 cable",
    );
  });

  it("refuses an option it does not know", async () => {
    const result = await cli("--purge", dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option --purge");
  });
});
