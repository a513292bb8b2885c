/**
 * Applies the committed migrations (prisma/migrations/<timestamp>_<name>/migration.sql) to a SQLite
 * database, offline and synchronously, keeping Prisma's `_prisma_migrations` table as `prisma migrate
 * deploy` would (same columns, checksum = sha256 of the SQL), so Prisma's own tools see the same history.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";

// The comment keeps Turbopack from tracing the whole project through this run-time path.
export const MIGRATIONS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");

/** Prisma's own definition of its history table on SQLite. */
const HISTORY_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export interface Migration {
  /** Folder name: "20261122083000_init". */
  name: string;
  sql: string;
  /** sha256 of the SQL, hex: what Prisma stores as the checksum. */
  checksum: string;
}

/** The migrations folder's migrations, oldest first. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) throw new Error(`no migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: number | string | null;
  rolled_back_at: number | string | null;
}

/**
 * Applies every migration not yet recorded as finished, each in its own transaction, and returns the
 * names applied. Throws on a migration that failed earlier or was edited after it was applied: both
 * need a person, as with Prisma.
 */
export function applyMigrations(db: Database.Database, dir: string = MIGRATIONS_DIR): string[] {
  const migrations = readMigrations(dir);
  db.exec(HISTORY_TABLE_SQL);
  const applied: string[] = [];
  for (const migration of migrations) {
    // A table rebuild in a migration drops the old table; with foreign keys on, that would cascade.
    // The pragma is a no-op inside a transaction, so it is set around it, as Prisma's scripts expect.
    db.pragma("foreign_keys = OFF");
    try {
      const done = db.transaction(() => applyOne(db, migration)).immediate();
      if (done) applied.push(migration.name);
    } finally {
      db.pragma("foreign_keys = ON");
    }
  }
  return applied;
}

/** Applies one migration inside the caller's transaction unless already applied; true when it ran. */
function applyOne(db: Database.Database, migration: Migration): boolean {
  const history = db
    .prepare<[string], HistoryRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
       WHERE migration_name = ? AND rolled_back_at IS NULL`,
    )
    .all(migration.name);
  const finished = history.find((row) => row.finished_at !== null);
  if (finished) {
    if (finished.checksum !== migration.checksum) {
      throw new Error(`migration ${migration.name} was edited after it was applied (checksum differs)`);
    }
    return false;
  }
  if (history.length > 0) {
    throw new Error(`migration ${migration.name} failed earlier; repair the database, then mark it rolled back`);
  }
  const startedAt = Date.now();
  db.exec(migration.sql);
  const violations = db.pragma("foreign_key_check") as unknown[];
  if (violations.length > 0) throw new Error(`migration ${migration.name} leaves foreign key violations`);
  db.prepare(
    `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
     VALUES (?, ?, ?, ?, ?, 1)`,
  ).run(randomUUID(), migration.checksum, Date.now(), migration.name, startedAt);
  return true;
}
