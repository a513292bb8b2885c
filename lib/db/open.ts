/**
 * Opens the archive's SQLite file for writing: creates it and its folder on first use, switches it to
 * WAL (readers keep answering while an ingest writes) and applies pending migrations.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { applyMigrations } from "@/lib/db/migrate";
import { databasePath } from "@/lib/db/url";

/** How long a connection waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 10_000;

/** Files this process has created or migrated: on globalThis, so Next's module reloading keeps it. */
const prepared = globalThis as typeof globalThis & { cableArchivePreparedFiles?: Set<string> };

function connect(file: string): Database.Database {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    // In WAL mode NORMAL loses no committed transaction on a process crash, only on power loss.
    db.pragma("synchronous = NORMAL");
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens (creating) the file and migrates it; `applied` receives the names of the migrations just applied. */
export function openDatabase(file: string = databasePath(), applied: string[] = []): Database.Database {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = connect(file);
  try {
    applied.push(...applyMigrations(db));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Makes sure the database exists and is migrated, without keeping a connection: once per process
 * and file, however many connections (the Prisma client, the read connection) ask; again when the
 * file was deleted since, rather than connecting to an empty database without tables.
 */
export function prepareDatabase(file: string = databasePath()): void {
  const files = (prepared.cableArchivePreparedFiles ??= new Set());
  if (files.has(file) && existsSync(file)) return;
  openDatabase(file).close();
  files.add(file);
}

/** A connection to a database this process has prepared, without checking its migrations again. */
export function openPreparedDatabase(file: string = databasePath()): Database.Database {
  prepareDatabase(file);
  return connect(file);
}
