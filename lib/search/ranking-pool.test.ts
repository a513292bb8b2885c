// The pool's merged shares against one ranking of the whole index, on an archive of the seeds and
// the markup fixture ingested with the real pipeline.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

let dir: string;
let db: Database.Database;
let pool: typeof import("@/lib/search/ranking-pool");
let share: typeof import("@/lib/search/rank-share");

const RANK = `bm25("CableSearch", 10, 1)`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ranking-pool-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "archive.db")}`;
  const [{ openDatabase }, { ingest }, { readInputs }] = await Promise.all([import("@/lib/db/open"), import("@/lib/db/ingest"), import("@/lib/pipeline")]);
  db = openDatabase();
  await ingest(db, readInputs(["seeds", "tests/e2e/fixtures"]));
  pool = await import("@/lib/search/ranking-pool");
  share = await import("@/lib/search/rank-share");
});

afterAll(async () => {
  await pool?.closeRankingPool();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The whole index ranked on this thread, one page. */
function rankedHere(match: string, keys: number[] | null, offset: number, limit: number): number[] {
  const job = { match, rank: RANK, lo: 0, hi: Number.MAX_SAFE_INTEGER, keys: keys && JSON.stringify(keys), limit: offset + limit };
  return share.rankShare(db, job).slice(offset, offset + limit).map(([rowid]) => rowid);
}

describe("rankedKeys", () => {
  const allKeys = () => db.prepare(`SELECT "pk" FROM "Cable" ORDER BY "pk"`).pluck().all() as number[];

  it.each([
    { match: "coca", offset: 0, limit: 50 },
    { match: "coca", offset: 0, limit: 2 },
    { match: "coca", offset: 2, limit: 2 },
    { match: "lima OR peru", offset: 1, limit: 3 },
    { match: '"coca growers"', offset: 0, limit: 50 },
    { match: "qzxjvwkq", offset: 0, limit: 50 },
  ])("ranks $match from $offset like one ranking of the whole index, on workers", async ({ match, offset, limit }) => {
    const warn = vi.spyOn(console, "warn");
    const expected = rankedHere(match, null, offset, limit);
    expect(await pool.rankedKeys(match, RANK, null, offset, limit)).toEqual(expected);
    expect(warn).not.toHaveBeenCalled(); // no fallback: the workers answered
    warn.mockRestore();
  });

  it("ranks among given keys only", async () => {
    const keys = allKeys().filter((_, at) => at % 2 === 0);
    const ranked = await pool.rankedKeys("lima OR peru OR coca", RANK, keys, 0, 50);
    expect(ranked).toEqual(rankedHere("lima OR peru OR coca", keys, 0, 50));
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((key) => keys.includes(key))).toBe(true);
  });

  it("splits the matches into shares that each find some", async () => {
    const whole = rankedHere("lima", null, 0, 50);
    const middle = Math.max(...allKeys()) / 2;
    expect(whole.some((key) => key <= middle) && whole.some((key) => key > middle)).toBe(true);
  });
});
