/**
 * Ranked search pages on worker threads. FTS5 must score every match by bm25 before it can return
 * the best fifty: ~60 ms for a word in half of a 250,000-cable archive, in one thread. The pool
 * splits the matches into one share per core, ranks the shares at once on workers with their own
 * query-only connections, and merges their best: the same page, in about half the time on two
 * cores, while the main thread counts the result set for the facets.
 *
 * With one core, or when a worker fails, the ranking runs on the server's read connection instead.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { BUSY_TIMEOUT_MS } from "@/lib/db/open";
import { getReadDb } from "@/lib/db/read-connection";
import { databasePath } from "@/lib/db/url";
import { rankShare, runRankWorker, type RankShareJob, type RankWorkerData, type RankedShare } from "@/lib/search/rank-share";

/** Workers at most: ranking is CPU-bound, more threads than cores only queue. */
const MAX_WORKERS = 4;
/** Page cache of each worker's connection (KiB): the postings and sizes a ranking reads. */
const WORKER_CACHE_KIB = 32_768;
/** Rowids span at most this (SQLite's integer range); a share's bounds stay inside it. */
const MAX_ROWID = Number.MAX_SAFE_INTEGER;

/** The worker's source: the two self-contained functions of rank-share.ts, called with the worker's own require. */
const WORKER_SOURCE = `(${runRankWorker.toString()})(require, ${rankShare.toString()});`;

type Pending = { resolve(ranked: RankedShare): void; reject(error: Error): void };

class RankWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  failed = false;

  constructor(data: RankWorkerData) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
    this.worker.unref(); // an idle pool never keeps a process alive
    this.worker.on("message", ({ id, ranked, error }: { id: number; ranked?: RankedShare; error?: string }) => {
      const job = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) this.worker.unref();
      if (error !== undefined) job?.reject(new Error(error));
      else job?.resolve(ranked ?? []);
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`ranking worker exited with code ${code}`)));
  }

  rank(job: RankShareJob): Promise<RankedShare> {
    if (this.failed) return Promise.reject(new Error("ranking worker has stopped"));
    const id = this.nextId++;
    if (this.pending.size === 0) this.worker.ref(); // an answer is awaited: keep the process up for it
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, job });
    });
  }

  private fail(error: Error): void {
    this.failed = true;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

type Pool = { file: string; workers: RankWorker[] };
const cache = globalThis as typeof globalThis & { cableArchiveRankingPool?: Pool };

function workerCount(): number {
  return Math.min(MAX_WORKERS, availableParallelism());
}

/** The pool for the current database, started on first use; null on one core. */
function getPool(): Pool | null {
  if (workerCount() < 2) return null;
  const file = databasePath();
  const pool = cache.cableArchiveRankingPool;
  if (pool?.file === file && pool.workers.every((worker) => !worker.failed)) return pool;
  if (pool) void closePool(pool);
  const data: RankWorkerData = {
    driver: createRequire(path.join(process.cwd(), "package.json")).resolve("better-sqlite3"),
    file,
    cacheKib: WORKER_CACHE_KIB,
    busyTimeoutMs: BUSY_TIMEOUT_MS,
  };
  const workers = Array.from({ length: workerCount() }, () => new RankWorker(data));
  cache.cableArchiveRankingPool = { file, workers };
  return cache.cableArchiveRankingPool;
}

async function closePool(pool: Pool): Promise<void> {
  if (cache.cableArchiveRankingPool === pool) cache.cableArchiveRankingPool = undefined;
  await Promise.all(pool.workers.map((worker) => worker.close()));
}

/** Stops the workers (tests and scripts that switch databases). */
export async function closeRankingPool(): Promise<void> {
  if (cache.cableArchiveRankingPool) await closePool(cache.cableArchiveRankingPool);
}

/** The shares of a ranking: the keys split evenly, or else the rowid range `1..maxRowid` split evenly. */
function shares(base: Omit<RankShareJob, "lo" | "hi" | "keys">, keys: readonly number[] | null, maxRowid: number, count: number): RankShareJob[] {
  return Array.from({ length: count }, (_, share) => {
    if (keys !== null) {
      const size = Math.ceil(keys.length / count);
      return { ...base, lo: 0, hi: MAX_ROWID, keys: JSON.stringify(keys.slice(share * size, (share + 1) * size)) };
    }
    const size = Math.ceil(maxRowid / count);
    return { ...base, lo: share === 0 ? 0 : share * size + 1, hi: share === count - 1 ? MAX_ROWID : (share + 1) * size, keys: null };
  });
}

function byScore(a: RankedShare[number], b: RankedShare[number]): number {
  return a[1] - b[1] || a[0] - b[0];
}

/**
 * Keys of the matches ranked `offset` to `offset + limit` by `rank`, among `keys` when given.
 * Exact: each share returns its best `offset + limit`, which hold the best of all.
 */
export async function rankedKeys(match: string, rank: string, keys: readonly number[] | null, offset: number, limit: number): Promise<number[]> {
  const base = { match, rank, limit: offset + limit };
  const pool = getPool();
  let ranked: RankedShare;
  if (pool) {
    const maxRowid = (getReadDb().prepare(`SELECT max("pk") FROM "Cable"`).pluck().get() as number | null) ?? 0;
    const jobs = shares(base, keys, maxRowid, pool.workers.length);
    try {
      ranked = (await Promise.all(jobs.map((job, at) => pool.workers[at].rank(job)))).flat().sort(byScore);
    } catch (error) {
      console.warn(`ranking on this thread: a ranking worker failed (${error instanceof Error ? error.message : error})`);
      ranked = rankShare(getReadDb(), shares(base, keys, maxRowid, 1)[0]);
    }
  } else {
    ranked = rankShare(getReadDb(), shares(base, keys, 0, 1)[0]);
  }
  return ranked.slice(offset, offset + limit).map(([rowid]) => rowid);
}
