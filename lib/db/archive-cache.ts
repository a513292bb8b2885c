/**
 * Figures over the whole archive (every tag with its count, every origin, the headline numbers) read
 * hundreds of thousands of rows: 0.1-1 s each at 250,000 cables, on every page that shows them. They
 * change only when cables are stored, so each is computed once and kept until the database changes.
 *
 * "Changed" is SQLite's `PRAGMA data_version` on the server's read connection: it moves when any other
 * connection (an ingest, the server's Prisma client) commits, and costs microseconds to read. A figure
 * that was quick to compute (a small archive, the tests) is simply recomputed on the next request; a
 * slow one is served stale while it is recomputed in the background, at most once per
 * MIN_REFRESH_INTERVAL_MS, so an ingest committing every two seconds does not keep the server recounting.
 */
import type Database from "better-sqlite3";
import { getReadDb } from "@/lib/db/read-connection";

/** A figure that took longer than this to compute is refreshed in the background, served stale meanwhile. */
export const INLINE_REFRESH_MS = 50;
/** A background refresh starts at most this long after the previous computation started. */
export const MIN_REFRESH_INTERVAL_MS = 30_000;

export interface ArchiveCacheOptions {
  /** Changes whenever the database has changed (data_version). */
  version: () => number;
  now?: () => number;
  inlineRefreshMs?: number;
  minRefreshIntervalMs?: number;
}

interface Entry {
  /** The last good value, or the first computation in flight. */
  value: Promise<unknown>;
  /** The database version read just before `value` was computed. */
  version: number;
  startedAt: number;
  /** How long the last computation took; Infinity until one has finished. */
  costMs: number;
  computing: boolean;
}

export type ArchiveCache = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

/** A cache of figures keyed by name; each value is recomputed when `version` has moved (see above). */
export function createArchiveCache(options: ArchiveCacheOptions): ArchiveCache {
  const {
    version,
    now = () => performance.now(),
    inlineRefreshMs = INLINE_REFRESH_MS,
    minRefreshIntervalMs = MIN_REFRESH_INTERVAL_MS,
  } = options;
  const entries = new Map<string, Entry>();

  function run<T>(key: string, current: number, compute: () => Promise<T>, stale?: Entry): Promise<T> {
    const startedAt = now();
    const computed = compute();
    const entry: Entry = stale ?? { value: computed, version: current, startedAt, costMs: Infinity, computing: true };
    if (stale) {
      stale.computing = true;
      stale.startedAt = startedAt;
    }
    entries.set(key, entry);
    computed.then(
      (value) => {
        if (entries.get(key) !== entry) return;
        entry.value = Promise.resolve(value);
        entry.version = current;
        entry.costMs = now() - startedAt;
        entry.computing = false;
      },
      () => {
        if (entries.get(key) !== entry) return;
        // A failed first computation is forgotten (the caller sees the error); a failed refresh keeps the stale value.
        if (stale) entry.computing = false;
        else entries.delete(key);
      },
    );
    return computed;
  }

  return function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const current = version();
    const entry = entries.get(key);
    if (!entry) return run(key, current, compute);
    if (entry.version === current || entry.computing) return entry.value as Promise<T>;
    if (entry.costMs < inlineRefreshMs) {
      entries.delete(key);
      return run(key, current, compute);
    }
    if (now() - entry.startedAt >= minRefreshIntervalMs) void run(key, current, compute, entry).catch(() => {});
    return entry.value as Promise<T>;
  };
}

const globalCache = globalThis as typeof globalThis & {
  cableArchiveFigures?: { db: Database.Database; cached: ArchiveCache };
};

/**
 * The server's cache for the database DATABASE_URL names, versioned by the server's read connection
 * (lib/db/read-connection.ts), which no server code writes through. Every caller gets the same value:
 * treat it as read-only.
 */
export function cachedForArchive<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const db = getReadDb();
  let state = globalCache.cableArchiveFigures;
  if (state?.db !== db) {
    const version = () => db.pragma("data_version", { simple: true }) as number;
    state = { db, cached: createArchiveCache({ version }) };
    globalCache.cableArchiveFigures = state;
  }
  return state.cached(key, compute);
}
