/**
 * One share of a ranked full-text search: the best `limit` matches by bm25 among rowids `lo..hi`,
 * or among the given keys. bm25 takes its statistics (row count, mean length, documents per
 * term) from the whole index whatever the share, so the best of each share, merged, are exactly
 * the best of all: ranking a common word's 100,000 matches splits over threads without changing
 * the order.
 *
 * Worker threads run these functions from their source text, so each is self-contained: no
 * imports and no names from outside itself.
 */

export type RankShareJob = {
  /** An FTS5 MATCH expression. */
  match: string;
  /** The SQL ranking expression (a bm25 call with column weights). */
  rank: string;
  lo: number;
  hi: number;
  /** A JSON array of keys to rank among, or null for every match in `lo..hi`. */
  keys: string | null;
  limit: number;
};

/** [rowid, score] pairs, best (lowest score) first, ties by rowid. */
export type RankedShare = [rowid: number, score: number][];

/** The slice of better-sqlite3 a share needs: main thread and workers pass their own connection. */
export type RankingConnection = {
  prepare(sql: string): { raw(toggle?: boolean): { all(...params: unknown[]): unknown[] } };
};

export function rankShare(db: RankingConnection, job: RankShareJob): RankedShare {
  // The `+` keeps SQLite from running one MATCH per key: it walks the matches once and tests membership.
  const among = job.keys === null ? "" : `AND +rowid IN (SELECT value FROM json_each(?))`;
  const sql = `SELECT rowid, ${job.rank} AS score FROM "CableSearch"
    WHERE "CableSearch" MATCH ? AND rowid BETWEEN ? AND ? ${among} ORDER BY score, rowid LIMIT ?`;
  const params = job.keys === null ? [job.match, job.lo, job.hi, job.limit] : [job.match, job.lo, job.hi, job.keys, job.limit];
  return db.prepare(sql).raw(true).all(...params) as RankedShare;
}

export type RankWorkerData = {
  /** Absolute path of the better-sqlite3 package (an eval'd worker resolves nothing by itself). */
  driver: string;
  file: string;
  cacheKib: number;
  busyTimeoutMs: number;
};

/**
 * A ranking worker's body: opens its own query-only connection and answers `{ id, job }` messages
 * with `{ id, ranked }` or `{ id, error }`.
 */
export function runRankWorker(require: (name: string) => unknown, rank: typeof rankShare): void {
  const { parentPort, workerData } = require("node:worker_threads") as typeof import("node:worker_threads");
  const data = workerData as RankWorkerData;
  const Database = require(data.driver) as typeof import("better-sqlite3");
  const db = new Database(data.file, { timeout: data.busyTimeoutMs, fileMustExist: true });
  db.pragma(`cache_size = -${data.cacheKib}`);
  db.pragma("query_only = ON");
  parentPort?.on("message", ({ id, job }: { id: number; job: RankShareJob }) => {
    try {
      parentPort.postMessage({ id, ranked: rank(db, job) });
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
