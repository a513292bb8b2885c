import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { cachedForArchive, createArchiveCache } from "@/lib/db/archive-cache";

/** A cache over a hand-moved version and clock; `compute` answers the call number and takes `costMs` of clock. */
function harness(costMs: number) {
  const state = { version: 1, clock: 0, calls: 0 };
  const cached = createArchiveCache({
    version: () => state.version,
    now: () => state.clock,
    inlineRefreshMs: 50,
    minRefreshIntervalMs: 1_000,
  });
  const compute = async () => {
    state.calls += 1;
    state.clock += costMs;
    return state.calls;
  };
  return { state, get: () => cached("figure", compute) };
}

describe("whole-archive figures cache", () => {
  it("computes once while the database is unchanged, concurrent callers sharing the computation", async () => {
    const { state, get } = harness(500);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    state.clock += 60_000;
    expect(await get()).toBe(1);
    expect(state.calls).toBe(1);
  });

  it("recomputes a quick figure as soon as the database changed", async () => {
    const { state, get } = harness(5);
    await get();
    state.version += 1;
    expect(await get()).toBe(2);
  });

  it("serves a slow figure stale after a change and refreshes it in the background, at most once an interval", async () => {
    const { state, get } = harness(500);
    await get();
    state.version += 1;
    expect(await get()).toBe(1); // too soon after the first computation: stale, nothing started
    expect(state.calls).toBe(1);
    state.clock += 1_000;
    expect(await get()).toBe(1); // stale; the refresh starts
    expect(state.calls).toBe(2);
    await Promise.resolve();
    expect(await get()).toBe(2);
    state.version += 1;
    expect(await get()).toBe(2);
    expect(state.calls).toBe(2);
  });

  it("does not keep a failed computation", async () => {
    const cached = createArchiveCache({ version: () => 1 });
    await expect(cached("figure", () => Promise.reject(new Error("locked")))).rejects.toThrow("locked");
    expect(await cached("figure", async () => 7)).toBe(7);
  });
});

describe("the archive's version", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cable-archive-cache-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("moves when another connection commits", async () => {
    const file = path.join(dir, "archive.db");
    const writer = new Database(file);
    writer.exec(`CREATE TABLE t (n INTEGER)`);
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${file}`;
    try {
      const count = async () => (writer.prepare(`SELECT count(*) AS n FROM t`).get() as { n: number }).n;
      expect(await cachedForArchive("rows", count)).toBe(0);
      writer.exec(`INSERT INTO t VALUES (1)`);
      expect(await cachedForArchive("rows", count)).toBe(1);
      expect(await cachedForArchive("rows", async () => -1)).toBe(1);
    } finally {
      process.env.DATABASE_URL = previous;
      writer.close();
    }
  });
});
