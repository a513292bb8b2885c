/**
 * The one PrismaClient of the app. The database is created or migrated before the first query, and
 * the client is kept on globalThis so Next's module reloading in development does not open more.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { BUSY_TIMEOUT_MS, prepareDatabase } from "@/lib/db/open";
import { databasePath } from "@/lib/db/url";

const cache = globalThis as typeof globalThis & { cableArchivePrisma?: { file: string; client: PrismaClient } };

/** The client for the database DATABASE_URL names (data/archive.db by default). */
export function getPrisma(): PrismaClient {
  const file = databasePath();
  if (cache.cableArchivePrisma?.file !== file) {
    prepareDatabase(file);
    const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS });
    cache.cableArchivePrisma = { file, client: new PrismaClient({ adapter }) };
  }
  return cache.cableArchivePrisma.client;
}

export const prisma = getPrisma();
