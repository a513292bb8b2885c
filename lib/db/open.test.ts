import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, openPreparedDatabase, prepareDatabase } from "@/lib/db/open";

describe("preparing the archive", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cable-archive-open-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates and migrates a file once per process", () => {
    const file = path.join(dir, "nested", "archive.db");
    prepareDatabase(file);
    const applied: string[] = [];
    openDatabase(file, applied).close();
    expect(applied).toEqual([]);
    rmSync(path.dirname(file), { recursive: true });
    prepareDatabase(file);
    expect(existsSync(file)).toBe(false);
  });

  it("connects to a prepared file in WAL mode with its tables", () => {
    const db = openPreparedDatabase(path.join(dir, "archive.db"));
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.prepare(`SELECT count(*) FROM "Cable"`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
