/**
 * Stores what the input pipeline yields: records in batched transactions (an interrupted run keeps
 * every batch it committed; a rerun finds those sources unchanged), problems reported and counted.
 * After a complete run, stored sources under the inputs that the run did not see (a file deleted,
 * rows dropped from a re-exported csv) are counted as gone, and pruned when asked.
 */
import { statSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { SourceProblem } from "@/lib/adapters/types";
import {
  createCableStore,
  sourceKey,
  sourceKeyText,
  type CableStore,
  type SourceKey,
  type StoreOutcome,
  type StoredSource,
} from "@/lib/db/store-cable";
import { readInputs, type InputItem } from "@/lib/pipeline";
import type { CableRecord } from "@/lib/record/schema";

/** What lib/pipeline's readInputs yields. */
export type IngestEvent = InputItem;

export type IngestCounts = Record<StoreOutcome | "rejected", number> & {
  files: number;
  /** Input bytes read so far. */
  bytes: number;
  /** Records read so far, committed or in the batch in hand. */
  records: number;
  /** Stored sources under the inputs that a complete run did not see: files gone, rows gone from a file. */
  gone: number;
  /** The first few of them, "path" or "path row N". */
  goneListed: string[];
  /** With `prune`: gone sources removed, cables removed with their last source. */
  prunedSources: number;
  prunedCables: number;
  /** Cables whose content a pruned source held, given the content of their remaining sources. */
  restoredCables: number;
  /** Slugs of cables that keep a pruned source's content: no remaining source gives them any more. */
  keptContent: string[];
};

export interface IngestOptions {
  /** Records a transaction holds at most. */
  batchSize?: number;
  /** A batch is committed at the latest this long after its first record, so a slow input still commits. */
  batchMs?: number;
  onProblem?: (problem: SourceProblem) => void;
  /** Called after every item read (a progress display throttles it). */
  onProgress?: (counts: Readonly<IngestCounts>) => void;
  /** Stops reading (Ctrl-C): the batch in hand is committed, then the run ends (nothing is pruned). */
  signal?: AbortSignal;
  /**
   * The files and folders the events are read from. Given, stored sources under them that the run
   * did not see are counted as gone, once the run has read them all; a path a problem names (a file
   * that cannot be read, a folder that cannot be listed) keeps every source at or under it.
   */
  inputs?: readonly string[];
  /** Removes the gone sources, and the cables left without one. */
  prune?: boolean;
}

// Measured: FTS5 indexing dominates the cost of a write, and larger transactions make fewer
// index segments to merge (10k sample cables: 0.84 ms/cable CPU at 500 a batch, 0.67 ms at 2,000).
export const DEFAULT_BATCH_SIZE = 2_000;
export const DEFAULT_BATCH_MS = 2_000;
/**
 * Readers that always hold some snapshot keep SQLite's passive checkpoints from ever restarting the WAL,
 * which then grows for the whole run (2.3 GB seen at 250k cables) and slows every reader. Past this size
 * the ingest waits for a full checkpoint between batches.
 */
export const WAL_RESTART_BYTES = 256 * 1024 * 1024;
/** Page cache of the writing connection: the indexes of a full archive far outgrow SQLite's default 2 MB. */
export const INGEST_CACHE_KIB = 64 * 1024;
/** Gone sources the summary names; the rest are counted. */
export const GONE_LISTED = 3;

export function emptyCounts(): IngestCounts {
  return {
    files: 0, bytes: 0, records: 0, stored: 0, updated: 0, unchanged: 0, merged: 0, rejected: 0,
    gone: 0, goneListed: [], prunedSources: 0, prunedCables: 0, restoredCables: 0, keptContent: [],
  };
}

function walBytes(db: Database.Database): number {
  try {
    return statSync(`${db.name}-wal`).size;
  } catch {
    return 0; // no WAL (memory database, or not in WAL mode)
  }
}

/** What a run read of its inputs: the rows of every file, and the paths a problem names whole. */
function createSeenSources() {
  // A single-cable file holds one row: kept as a number, a Set only for a file of many.
  const rowsByPath = new Map<string, number | Set<number>>();
  const named = new Set<string>();
  function see({ path: file, row }: SourceKey): void {
    const rows = rowsByPath.get(file);
    if (rows === undefined) rowsByPath.set(file, row);
    else if (typeof rows === "number") rowsByPath.set(file, new Set([rows, row]));
    else rows.add(row);
  }
  function nameInProblem(problem: SourceProblem): void {
    if (problem.row === undefined) named.add(path.resolve(problem.path));
    else see(sourceKey(problem));
  }
  function covers({ path: file, row }: SourceKey): boolean {
    const rows = rowsByPath.get(file);
    if (rows === row || (typeof rows === "object" && rows.has(row))) return true;
    for (let at = file; ; at = path.dirname(at)) {
      if (named.has(at)) return true;
      if (path.dirname(at) === at) return false;
    }
  }
  return { see, nameInProblem, covers };
}
type SeenSources = ReturnType<typeof createSeenSources>;

/**
 * Stored sources under the inputs that the run did not see. An input is a file (its own path) or a
 * folder: every path that starts with it and a separator, found by a range over the key's index
 * ("/data/a/" up to "/data/a0"), so /data/ab is not under /data/a.
 */
function findGoneSources(db: Database.Database, inputs: readonly string[], seen: SeenSources): StoredSource[] {
  const under = db.prepare<{ input: string; from: string; to: string }, StoredSource>(
    `SELECT "path", "row", "cablePk", "contentHash" FROM "Source"
     WHERE "path" = @input OR ("path" >= @from AND "path" < @to) ORDER BY "path", "row"`,
  );
  const gone = new Map<string, StoredSource>();
  for (const input of new Set(inputs.map((given) => path.resolve(given)))) {
    const from = input.endsWith(path.sep) ? input : input + path.sep;
    const to = from.slice(0, -1) + String.fromCharCode(path.sep.charCodeAt(0) + 1);
    for (const source of under.iterate({ input, from, to })) {
      if (!seen.covers(source)) gone.set(sourceKeyText(source), source);
    }
  }
  return [...gone.values()];
}

const describeSource = ({ path: file, row }: SourceKey) => (row === 0 ? file : `${file} row ${row}`);

/** The records the given sources yield now, each file read once; undefined when interrupted. */
async function readAgain(keys: readonly SourceKey[], signal?: AbortSignal): Promise<CableRecord[] | undefined> {
  const rowsByFile = new Map<string, Set<number>>();
  for (const key of keys) rowsByFile.set(key.path, (rowsByFile.get(key.path) ?? new Set()).add(key.row));
  const records: CableRecord[] = [];
  for (const [file, rows] of rowsByFile) {
    let wanted = rows.size;
    for await (const item of readInputs([file])) {
      if (signal?.aborted) return undefined;
      if (item.kind !== "record" || !rows.has(sourceKey(item.record.source).row)) continue;
      records.push(item.record);
      if (--wanted === 0) break; // a big csv is not read past the last row wanted
    }
  }
  return records;
}

/**
 * Removes the gone sources in one transaction, and the cables left without a source. A cable whose
 * content a gone source held is given the content of its remaining sources, read again first (an
 * interrupt then prunes nothing); when none of them gives it any more, it keeps its content and is named.
 */
async function pruneGone(
  db: Database.Database,
  store: CableStore,
  gone: readonly StoredSource[],
  counts: IngestCounts,
  signal?: AbortSignal,
): Promise<void> {
  const toRestore = store.cablesToRestore(gone);
  const records = await readAgain(toRestore.flatMap((cable) => cable.from), signal);
  if (records === undefined) return;
  const recordsByKey = new Map(records.map((record) => [sourceKeyText(sourceKey(record.source)), record]));
  db.transaction(() => {
    for (const source of gone) {
      if (store.removeSource(source).cableRemoved) counts.prunedCables += 1;
    }
    counts.prunedSources = gone.length;
    for (const cable of toRestore) {
      const remaining = cable.from.flatMap((key) => recordsByKey.get(sourceKeyText(key)) ?? []);
      if (store.restore(cable, remaining)) counts.restoredCables += 1;
      else counts.keptContent.push(cable.slug);
    }
  })();
}

export async function ingest(
  db: Database.Database,
  events: AsyncIterable<IngestEvent>,
  options: IngestOptions = {},
): Promise<IngestCounts> {
  const { batchSize = DEFAULT_BATCH_SIZE, batchMs = DEFAULT_BATCH_MS } = options;
  db.pragma(`cache_size = -${INGEST_CACHE_KIB}`);
  const store = createCableStore(db);
  const counts = emptyCounts();
  const files = new Set<string>();
  const seen = createSeenSources();
  let batch: CableRecord[] = [];
  let batchStarted = 0;

  // Nested in the batch's transaction, each record gets a savepoint: one that fails is undone alone.
  const storeOne = db.transaction((record: CableRecord) => store.store(record));
  const storeBatch = db.transaction((records: CableRecord[]) => {
    for (const record of records) {
      try {
        counts[storeOne(record)] += 1;
      } catch (error) {
        counts.rejected += 1;
        const { path, row } = record.source;
        const reason = `not stored: ${error instanceof Error ? error.message : String(error)}`;
        options.onProblem?.(row === undefined ? { path, reason } : { path, row, reason });
      }
    }
  });
  const commit = () => {
    if (batch.length === 0) return;
    storeBatch(batch);
    batch = [];
    if (walBytes(db) > WAL_RESTART_BYTES) db.pragma("wal_checkpoint(TRUNCATE)");
  };
  const seeFile = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    counts.files = files.size;
  };

  try {
    for await (const event of events) {
      if (options.signal?.aborted) break;
      counts.bytes += event.bytes;
      if (event.kind === "problem") {
        seeFile(event.problem.path);
        seen.nameInProblem(event.problem);
        counts.rejected += 1;
        options.onProblem?.(event.problem);
      } else {
        seeFile(event.record.source.path);
        seen.see(sourceKey(event.record.source));
        counts.records += 1;
        if (batch.length === 0) batchStarted = Date.now();
        batch.push(event.record);
        if (batch.length >= batchSize || Date.now() - batchStarted >= batchMs) commit();
      }
      options.onProgress?.(counts);
    }
  } finally {
    // Whatever was read before a failure (or an interrupt) is kept.
    commit();
  }
  // Only a walk read to its end tells what is gone: an interrupted run may not have reached a file yet.
  if (options.inputs && !options.signal?.aborted) {
    const gone = findGoneSources(db, options.inputs, seen);
    counts.gone = gone.length;
    counts.goneListed = gone.slice(0, GONE_LISTED).map(describeSource);
    if (options.prune && gone.length > 0) await pruneGone(db, store, gone, counts, options.signal);
  }
  return counts;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** The first names of a list, and how many more it holds. */
function listed(names: readonly string[], total: number): string {
  const more = total > GONE_LISTED ? ` and ${total - GONE_LISTED} more` : "";
  return names.slice(0, GONE_LISTED).join(", ") + more;
}

/** What the summary says of gone sources: how many were pruned, or that some are gone and how to prune them. */
function goneClause(counts: IngestCounts): string {
  const { gone, prunedSources, restoredCables, keptContent } = counts;
  if (prunedSources > 0) {
    const restored = restoredCables ? `, ${plural(restoredCables, "cable")} re-stored from a remaining source` : "";
    const kept = keptContent.length
      ? `; ${plural(keptContent.length, "cable")} kept a pruned source's content (no remaining source gives it now): ${listed(keptContent, keptContent.length)}`
      : "";
    return `; pruned ${plural(prunedSources, "gone source")} and ${plural(counts.prunedCables, "cable")}${restored}${kept}`;
  }
  if (gone === 0) return "";
  const [is, it] = gone === 1 ? ["is", "it"] : ["are", "them"];
  return `; ${plural(gone, "source")} under the inputs ${is} gone: ${listed(counts.goneListed, gone)} (run with --prune to remove ${it})`;
}

/** The run's last line. */
export function summaryLine(counts: IngestCounts): string {
  const merged = counts.merged ? `, ${counts.merged} merged into cables from other sources` : "";
  return (
    `${counts.files} files read: ${counts.stored} cables stored (new), ${counts.updated} updated, ` +
    `${counts.unchanged} unchanged, ${counts.rejected} rejected${merged}${goneClause(counts)}`
  );
}
