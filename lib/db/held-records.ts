/**
 * Records that store() holds back (lib/db/store-cable.ts): the source that held a cable's content gives
 * less now (a full page edited into a partial extract) while the cable has other sources, one of which
 * may give more. Nothing of a held record is written with its batch, so an interrupted run leaves its
 * source changed and a rerun holds it back again. Once the run has read its inputs (or has held a
 * batch's worth), the cables' other sources are read again and each cable keeps the fullest of them and
 * the held record; the held source records its new record either way, so a rerun finds it unchanged.
 */
import type Database from "better-sqlite3";
import { readOtherSources, type StoredSource } from "@/lib/db/gone-sources";
import { sourceKey, type CableStore, type StoreOutcome } from "@/lib/db/store-cable";
import type { CableRecord } from "@/lib/record/schema";

/** What a run counts of its records, and of the cables that kept another source's fuller text. */
export type HeldCounts = Record<StoreOutcome, number> & { keptFuller: number };

/**
 * Stores the `held` records beside their cables' other sources, read again, in one transaction, and
 * moves them from the held count to what storing them did. Interrupted, it writes nothing: the held
 * records stay counted as held, their sources changed for a rerun.
 */
export async function settleHeldRecords(
  db: Database.Database,
  store: CableStore,
  held: readonly CableRecord[],
  counts: HeldCounts,
  signal?: AbortSignal,
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
  const read = await readOtherSources(db, sources, signal);
  if (read === undefined) return;
  db.transaction(() => {
    for (const { cable, records } of read) {
      const record = heldByCable.get(cable.pk)!;
      heldByCable.delete(cable.pk);
      const kept = store.restore(cable, [record, ...records]) === record ? "updated" : "merged";
      counts[kept] += 1;
      if (kept === "merged") counts.keptFuller += 1;
    }
    // Since it was held, its cable lost its other sources or another source of the run took its
    // content over: then it is stored as any record is.
    for (const record of heldByCable.values()) counts[store.store(record)] += 1;
    counts.held -= held.length;
  })();
}
