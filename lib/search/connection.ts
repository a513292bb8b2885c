/**
 * The search's own read connection (better-sqlite3 through lib/db/open.ts): FTS5 queries, the facet
 * index's bulk reads and the page's rows run here synchronously, without the ORM's per-row cost.
 * One per database file, kept on globalThis like the Prisma client.
 */
import type Database from "better-sqlite3";
import { openDatabase } from "@/lib/db/open";
import { databasePath } from "@/lib/db/url";

/** Page cache of this connection (KiB): the hot index pages of a 250,000-cable archive. */
const CACHE_KIB = 65_536;

const cache = globalThis as typeof globalThis & { cableArchiveSearchDb?: { file: string; db: Database.Database } };

export function getSearchDb(): Database.Database {
  const file = databasePath();
  if (cache.cableArchiveSearchDb?.file !== file) {
    const db = openDatabase(file);
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma("query_only = ON");
    cache.cableArchiveSearchDb = { file, db };
  }
  return cache.cableArchiveSearchDb.db;
}
