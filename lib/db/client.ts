/**
 * The one PrismaClient of the app. The database is created or migrated before the first query, and
 * the client is kept on globalThis so Next's module reloading in development does not open more.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { BUSY_TIMEOUT_MS, prepareDatabase } from "@/lib/db/open";
import { databasePath } from "@/lib/db/url";

const cache = globalThis as typeof globalThis & { cableArchivePrisma?: PrismaClient };

function createPrisma(): PrismaClient {
  const file = databasePath();
  prepareDatabase(file);
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS }) });
}

/** The client for the database DATABASE_URL names when this module is first loaded (data/archive.db by default). */
export const prisma = (cache.cableArchivePrisma ??= createPrisma());
