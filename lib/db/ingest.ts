/**
 * Stores what the input pipeline yields: records in batched transactions (an interrupted run keeps
 * every batch it committed; a rerun finds those sources unchanged), problems reported and counted.
 * Records held back, less full than their cable (lib/db/held-records.ts), are stored once the run has read
 * its inputs. A complete run given its inputs then looks for stored sources it did not see
 * (lib/db/gone-sources.ts).
 */
import { statSync } from "node:fs";
import type Database from "better-sqlite3";
import type { SourceProblem } from "@/lib/adapters/types";
import {
  createSeenSources,
  emptyGoneCounts,
  goneClause,
  plural,
  settleGoneSources,
  type GoneCounts,
  type GoneOptions,
} from "@/lib/db/gone-sources";
import { settleHeldRecords, type HeldCounts } from "@/lib/db/held-records";
import { createCableStore, createRecordWriter } from "@/lib/db/store-cable";
import type { InputItem } from "@/lib/pipeline";
import type { CableRecord } from "@/lib/record/schema";

/** What lib/pipeline's readInputs yields. */
export type IngestEvent = InputItem;

export type IngestCounts = HeldCounts &
  GoneCounts & {
    files: number;
    /** Input bytes read so far. */
    bytes: number;
    /** Records read so far, committed or in the batch in hand. */
    records: number;
  };

export interface IngestOptions extends GoneOptions {
  /** Records a transaction holds at most. */
  batchSize?: number;
  /** A batch is committed at the latest this long after its first record, so a slow input still commits. */
  batchMs?: number;
  onProblem?: (problem: SourceProblem) => void;
  /** Called after every item read (a progress display throttles it). */
  onProgress?: (counts: Readonly<IngestCounts>) => void;
  /**
   * Stops reading (Ctrl-C): the batch in hand is committed, then the run ends (nothing is pruned). Once
   * the inputs are read, it stops a prune's re-read: the cables pruned so far stay settled (pruneInterrupted).
   */
  signal?: AbortSignal;
}

// Measured: FTS5 indexing dominates the cost of a write, and larger transactions make fewer
// index segments to merge (10k sample cables: 0.84 ms/cable CPU at 500 a batch, 0.67 ms at 2,000).
const DEFAULT_BATCH_SIZE = 2_000;
const DEFAULT_BATCH_MS = 2_000;
/**
 * Readers that always hold some snapshot keep SQLite's passive checkpoints from ever restarting the WAL,
 * which then grows for the whole run (2.3 GB seen at 250k cables) and slows every reader. Past this size
 * the ingest waits for a full checkpoint between batches.
 */
const WAL_RESTART_BYTES = 256 * 1024 * 1024;
/** Page cache of the writing connection: the indexes of a full archive far outgrow SQLite's default 2 MB. */
const INGEST_CACHE_KIB = 64 * 1024;

export function emptyCounts(): IngestCounts {
  return {
    files: 0, bytes: 0, records: 0, stored: 0, updated: 0, unchanged: 0, merged: 0, held: 0, keptFuller: 0, rejected: 0,
    ...emptyGoneCounts(),
  };
}

function walBytes(db: Database.Database): number {
  try {
    return statSync(`${db.name}-wal`).size;
  } catch {
    return 0; // no WAL (memory database, or not in WAL mode)
  }
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
  let held: CableRecord[] = [];
  let batchStarted = 0;

  // Nested in the batch's transaction, each record gets a savepoint: one that fails is undone alone.
  const writeRecord = createRecordWriter(db, counts, options.onProblem);
  const storeBatch = db.transaction((records: CableRecord[]) => {
    for (const record of records) {
      if (writeRecord(record, () => store.store(record)) === "held") held.push(record);
    }
  });
  const commit = () => {
    if (batch.length === 0) return;
    storeBatch(batch);
    batch = [];
    if (walBytes(db) > WAL_RESTART_BYTES) db.pragma("wal_checkpoint(TRUNCATE)");
  };
  // Their cables' other sources are read again, each file once, so they are settled together: at the
  // end of the run, or sooner when a batch's worth of them is held.
  const settleHeld = async () => {
    if (held.length === 0) return;
    const settling = held;
    held = [];
    await settleHeldRecords(db, store, settling, counts, options);
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
        seen.seeProblem(event.problem);
        counts.rejected += 1;
        options.onProblem?.(event.problem);
      } else {
        seeFile(event.record.source.path);
        seen.see(event.record.source);
        counts.records += 1;
        if (batch.length === 0) batchStarted = Date.now();
        batch.push(event.record);
        if (batch.length >= batchSize || Date.now() - batchStarted >= batchMs) commit();
        if (held.length >= batchSize) await settleHeld();
      }
      options.onProgress?.(counts);
    }
  } finally {
    // Whatever was read before a failure (or an interrupt) is kept.
    commit();
  }
  if (!options.signal?.aborted) await settleHeld(); // interrupted, held records are left for a rerun
  // Only a walk read to its end tells what is gone: an interrupted run may not have reached a file yet.
  if (options.inputs && !options.signal?.aborted) {
    const { prune, signal } = options;
    Object.assign(counts, await settleGoneSources(db, store, seen, options.inputs, { prune, signal, chunkSize: batchSize }));
  }
  return counts;
}

/** The run's last line. */
export function summaryLine(counts: IngestCounts): string {
  const merged = counts.merged ? `, ${counts.merged} merged into cables from other sources` : "";
  const keptFuller = counts.keptFuller ? `, ${plural(counts.keptFuller, "cable")} kept a fuller source's text` : "";
  const held = counts.held
    ? `, ${counts.held} held back for a rerun (changed sources less full than their cables are stored after a complete run)`
    : "";
  return (
    `${counts.files} files read: ${counts.stored} cables stored (new), ${counts.updated} updated, ` +
    `${counts.unchanged} unchanged, ${counts.rejected} rejected${merged}${keptFuller}${held}${goneClause(counts)}`
  );
}
