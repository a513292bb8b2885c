import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { isEmptyScript, migrationList, openSchemaEngine, SCHEMA_FILTER } from "@/lib/db/schema-engine";

const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");
const schema = readFileSync(SCHEMA_PATH, "utf8");
const dir = mkdtempSync(path.join(tmpdir(), "cable-archive-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the engine would still have to do to bring the database at `file` to schema.prisma. */
async function pendingChanges(file: string): Promise<string> {
  const engine = await openSchemaEngine(`file:${file}`, schema);
  try {
    const { stdout } = await engine.diff({
      from: { tag: "schemaDatasource", files: [{ path: SCHEMA_PATH, content: schema }], configDir: dir },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: SCHEMA_FILTER,
    });
    return stdout ?? "";
  } finally {
    engine.free();
  }
}

function migratedDatabase(name: string): string {
  const file = path.join(dir, name);
  const db = new Database(file);
  applyMigrations(db);
  db.close();
  return file;
}

describe("migrations", () => {
  it("bring a new database to exactly schema.prisma", async () => {
    const changes = await pendingChanges(migratedDatabase("fresh.db"));
    expect(isEmptyScript(changes), changes).toBe(true);
  });

  it("are what the engine derives from schema.prisma (migrations folder vs schema)", async () => {
    const engine = await openSchemaEngine(`file:${path.join(dir, "scratch.db")}`, schema);
    try {
      const { stdout } = await engine.diff({
        from: { tag: "migrations", ...migrationList(path.join(process.cwd(), "prisma", "migrations")) },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
        script: true,
        exitCode: null,
        filters: SCHEMA_FILTER,
      });
      expect(isEmptyScript(stdout ?? ""), stdout ?? "").toBe(true);
    } finally {
      engine.free();
    }
  });

  it("a database that drifted from the schema is seen to differ", async () => {
    const file = migratedDatabase("drifted.db");
    const db = new Database(file);
    db.exec(`DROP INDEX "Reference_citedId_idx"`);
    db.close();
    expect(await pendingChanges(file)).toContain(`CREATE INDEX "Reference_citedId_idx"`);
  });

  it("keeps Prisma's history table, so a second run applies nothing", () => {
    const db = new Database(path.join(dir, "history.db"));
    const names = readMigrations().map((migration) => migration.name);
    expect(applyMigrations(db)).toEqual(names);
    expect(applyMigrations(db)).toEqual([]);
    const rows = db.prepare(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`).all();
    expect(rows).toHaveLength(names.length);
    db.close();
  });

  it("refuses a migration edited after it was applied", () => {
    const db = new Database(path.join(dir, "edited.db"));
    applyMigrations(db);
    db.prepare(`UPDATE "_prisma_migrations" SET checksum = 'x' WHERE rowid = 1`).run();
    expect(() => applyMigrations(db)).toThrow(/edited/);
    db.close();
  });

  it("indexes cables for full-text search, kept in step by triggers", () => {
    const db = new Database(path.join(dir, "fts.db"));
    applyMigrations(db);
    const insert = db.prepare(
      `INSERT INTO "Cable" (slug, subject, text, record, recordHash) VALUES (?, ?, ?, '{}', 'h')`,
    );
    const { lastInsertRowid } = insert.run("07LIMA218", "COCALERO LEADER", "THE MAYORS OF THE VALLEY");
    const matches = (query: string) =>
      db.prepare(`SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH ?`).all(query).length;
    expect(matches("cocalero")).toBe(1);
    expect(matches("mayor*")).toBe(1);
    db.prepare(`UPDATE "Cable" SET text = 'NOTHING HERE' WHERE pk = ?`).run(lastInsertRowid);
    expect(matches("mayors")).toBe(0);
    db.prepare(`DELETE FROM "Cable" WHERE pk = ?`).run(lastInsertRowid);
    expect(matches("cocalero")).toBe(0);
    db.close();
  });
});
