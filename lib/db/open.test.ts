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
  });

  it("prepares a file again when it was deleted since, instead of connecting to an empty database", () => {
    const file = path.join(dir, "deleted", "archive.db");
    prepareDatabase(file);
    rmSync(path.dirname(file), { recursive: true });
    const db = openPreparedDatabase(file);
    try {
      expect(existsSync(file)).toBe(true);
      expect(db.prepare(`SELECT count(*) FROM "Cable"`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
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
