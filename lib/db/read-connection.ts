/**
 * The server's query-only better-sqlite3 connection (opened through lib/db/open.ts): FTS5 queries, the
 * facet index's bulk reads, the search page's rows and the archive cache's data_version checks run here
 * synchronously, without the ORM's per-row cost. Kept on globalThis like the Prisma client; it follows
 * DATABASE_URL to another file as the ranking pool does (tests point it at their own temp archive).
 */
import type Database from "better-sqlite3";
import { openPreparedDatabase } from "@/lib/db/open";
import { databasePath } from "@/lib/db/url";

/** Page cache of this connection (KiB): the hot index pages of a 250,000-cable archive. */
const CACHE_KIB = 65_536;

const cache = globalThis as typeof globalThis & { cableArchiveReadDb?: { file: string; db: Database.Database } };

export function getReadDb(): Database.Database {
  const file = databasePath();
  if (cache.cableArchiveReadDb?.file !== file) {
    const db = openPreparedDatabase(file);
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma("query_only = ON");
    cache.cableArchiveReadDb = { file, db };
  }
  return cache.cableArchiveReadDb.db;
}
