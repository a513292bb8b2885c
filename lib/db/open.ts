/**
 * Opens the archive's SQLite file for writing: creates it and its folder on first use, switches it to
 * WAL (readers keep answering while an ingest writes) and applies pending migrations.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { applyMigrations } from "@/lib/db/migrate";
import { databasePath } from "@/lib/db/url";

/** How long a connection waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 10_000;

/** Opens (creating) the file and migrates it; `applied` receives the names of the migrations just applied. */
export function openDatabase(file: string = databasePath(), applied: string[] = []): Database.Database {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    // In WAL mode NORMAL loses no committed transaction on a process crash, only on power loss.
    db.pragma("synchronous = NORMAL");
    applied.push(...applyMigrations(db));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Makes sure the database exists and is migrated, without keeping a connection. */
export function prepareDatabase(file: string = databasePath()): void {
  openDatabase(file).close();
}
