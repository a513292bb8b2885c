// `npm run ingest` on the five seeds, copied to a temporary folder, into a temporary database.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { ingest } from "@/lib/db/ingest";
import { openDatabase } from "@/lib/db/open";
import { cableSlug } from "@/lib/db/store-cable";
import { parseFile, readInputs } from "@/lib/pipeline";

const run = promisify(execFile);
const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const SEEDS = path.join(process.cwd(), "seeds");

const dir = mkdtempSync(path.join(tmpdir(), "cable-archive-ingest-"));
const inputs = path.join(dir, "seeds");
const dbFile = path.join(dir, "data", "archive.db");
cpSync(SEEDS, inputs, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...paths: string[]): Promise<CliResult> {
  const env = { ...process.env, DATABASE_URL: `file:${dbFile}` };
  try {
    const { stdout, stderr } = await run(TSX, ["scripts/ingest.ts", ...paths], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const lastLine = (text: string) => text.trim().split("\n").at(-1);

/** Every row of every table, in a stable order: equal dumps mean nothing changed. */
function dump(): Record<string, unknown[]> {
  const db = new Database(dbFile, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'CableSearch%' ORDER BY name`)
      .pluck()
      .all() as string[];
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]));
  } finally {
    db.close();
  }
}

describe("npm run ingest", () => {
  it("stores the five seeds, each under its id or, without a year, its slug", async () => {
    const result = await cli(inputs);
    expect(result.code, result.stderr).toBe(0);
    expect(lastLine(result.stdout)).toBe("5 files read: 5 cables stored (new), 0 updated, 0 unchanged, 0 rejected");

    const records = (await parseFile(inputs)).flatMap((item) => (item.kind === "record" ? [item.record] : []));
    const tables = dump();
    expect(tables.Cable).toHaveLength(5);
    expect(tables.Source).toHaveLength(5);
    const slugs = (tables.Cable as { slug: string }[]).map((cable) => cable.slug).sort();
    expect(slugs).toEqual(records.map(cableSlug).sort());
    expect(records.some((record) => record.id === null)).toBe(true);
  });

  it("changes nothing when run again", async () => {
    const before = dump();
    const result = await cli(inputs);
    expect(result.code, result.stderr).toBe(0);
    expect(lastLine(result.stdout)).toBe("5 files read: 0 cables stored (new), 0 updated, 5 unchanged, 0 rejected");
    expect(dump()).toEqual(before);
  });

  it("changes nothing when run again naming the same folder another way", async () => {
    const before = dump();
    const result = await cli(path.relative(process.cwd(), inputs));
    expect(result.code, result.stderr).toBe(0);
    expect(lastLine(result.stdout)).toBe("5 files read: 0 cables stored (new), 0 updated, 5 unchanged, 0 rejected");
    expect(dump()).toEqual(before);
  });

  it("updates the cables of a changed file", async () => {
    const seed = path.join(inputs, "000_2968982f8eb35888.txt");
    writeFileSync(seed, readFileSync(seed, "utf8").replaceAll("COCALERO LEADER", "COCALERO CHIEF"));
    const db = openDatabase(dbFile);
    try {
      const counts = await ingest(db, readInputs([inputs]));
      expect(counts).toMatchObject({ files: 5, stored: 0, updated: 1, unchanged: 4, rejected: 0 });
      const subjects = db.prepare(`SELECT subject FROM "Cable" WHERE subject LIKE '%COCALERO CHIEF%'`).all();
      expect(subjects).toHaveLength(1);
      expect(db.prepare(`SELECT count(*) FROM "Cable"`).pluck().get()).toBe(5);
    } finally {
      db.close();
    }
  });

  it("reports a file that cannot be read with its reason, and goes on", async () => {
    writeFileSync(path.join(inputs, "empty.txt"), "");
    writeFileSync(path.join(inputs, "binary.bin"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7].concat(Array(200).fill(0))));
    const before = dump();
    const result = await cli(inputs);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: .+/);
    expect(result.stderr).toMatch(/binary\.bin: .+/);
    expect(lastLine(result.stdout)).toBe("7 files read: 0 cables stored (new), 0 updated, 5 unchanged, 2 rejected");
    expect(dump()).toEqual(before);
  });
});
