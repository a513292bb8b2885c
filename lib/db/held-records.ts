/**
 * Records that store() holds back (lib/db/store-cable.ts): the source that held a cable's content gives
 * less now (a full page edited into a partial extract) while the cable has other sources, one of which
 * may give more. Nothing of a held record is written with its batch, so an interrupted run leaves its
 * source changed and a rerun holds it back again. Once the run has read its inputs (or has held a
 * batch's worth), the cables' other sources are read again and each cable keeps the fullest of them and
 * the held record; the held source records its new record either way, so a rerun finds it unchanged.
 */
import type Database from "better-sqlite3";
import type { SourceProblem } from "@/lib/adapters/types";
import { settleOtherSources, type StoredSource } from "@/lib/db/gone-sources";
import { createRecordWriter, sourceKey, type CableStore, type StoreOutcome } from "@/lib/db/store-cable";
import type { CableRecord } from "@/lib/record/schema";

/** What a run counts of its records, and of the cables that kept another source's fuller text. */
export type HeldCounts = Record<StoreOutcome, number> & { keptFuller: number; rejected: number };

/**
 * Stores the `held` records beside their cables' other sources, read again, and moves them from the
 * held count to what storing them did. Each gets a savepoint: one whose storing fails is undone alone,
 * counted rejected and reported. Interrupted, it writes nothing: the held records stay counted as held,
 * their sources changed for a rerun.
 */
export async function settleHeldRecords(
  db: Database.Database,
  store: CableStore,
  held: readonly CableRecord[],
  counts: HeldCounts,
  { signal, onProblem }: { signal?: AbortSignal; onProblem?: (problem: SourceProblem) => void },
): Promise<void> {
  const sourceByKey = db.prepare<[string, number], StoredSource>(
    `SELECT "path", "row", "cablePk", "contentHash" FROM "Source" WHERE "path" = ? AND "row" = ?`,
  );
  const heldByCable = new Map<number, CableRecord>();
  const sources = held.flatMap((record) => {
    const key = sourceKey(record.source);
    const source = sourceByKey.get(key.path, key.row);
    if (source) heldByCable.set(source.cablePk, record);
    return source ?? [];
  });
  const settle = createRecordWriter(db, counts, onProblem);
  // No chunks: every other source is read before anything is written, so an interrupt writes nothing.
  const restoreAll = (cables: { cable: { pk: number; slug: string }; records: CableRecord[] }[]) =>
    db.transaction(() => {
      for (const { cable, records } of cables) {
        const record = heldByCable.get(cable.pk)!;
        heldByCable.delete(cable.pk);
        const outcome = settle(record, () => (store.restore(cable, [record, ...records]) === record ? "updated" : "merged"));
        if (outcome === "merged") counts.keptFuller += 1;
      }
    })();
  if (!(await settleOtherSources(db, sources, restoreAll, { signal }))) return;
  db.transaction(() => {
    // Since it was held, its cable lost its other sources or another source of the run took its
    // content over: then it is stored as any record is.
    for (const record of heldByCable.values()) settle(record, () => store.store(record));
    counts.held -= held.length;
  })();
}
