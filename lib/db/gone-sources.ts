/**
 * Sources gone from the inputs: stored sources under the files and folders a complete run read that the
 * run did not see (a file deleted, rows dropped from a re-exported csv). They are counted and named;
 * pruning removes them and the cables left without a source, and gives a cable whose content a removed
 * source held the content of its remaining sources, read again. lib/db/ingest.ts tracks what a run sees.
 */
import path from "node:path";
import type Database from "better-sqlite3";
import type { SourceProblem } from "@/lib/adapters/types";
import { sourceKey, type CableStore, type SourceKey } from "@/lib/db/store-cable";
import { groupBy } from "@/lib/group-by";
import { describeSourceKey, isSkippedEntry, readInputs } from "@/lib/pipeline";
import type { CableRecord } from "@/lib/record/schema";

export interface GoneOptions {
  /**
   * The files and folders the events are read from. Given, stored sources under them that the run
   * did not see are counted as gone, once the run has read them all; a path a problem names (a file
   * that cannot be read, a folder that cannot be listed) keeps every source at or under it.
   */
  inputs?: readonly string[];
  /** Removes the gone sources, and the cables left without one. */
  prune?: boolean;
}

export interface GoneCounts {
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
  /** With `prune`: interrupted while reading the remaining sources again, the counts above are what it did. */
  pruneInterrupted: boolean;
}

/** Gone sources the summary names; the rest are counted. */
const GONE_LISTED = 3;

export function emptyGoneCounts(): GoneCounts {
  return {
    gone: 0, goneListed: [], prunedSources: 0, prunedCables: 0, restoredCables: 0, keptContent: [], pruneInterrupted: false,
  };
}

/** A Source row as pruning (and re-reading a cable's other sources) needs it. */
export interface StoredSource extends SourceKey {
  cablePk: number;
  contentHash: string;
}

/** The cable a pruned source gave, and its other sources: one of them must give its content now. */
interface CableToRestore {
  pk: number;
  slug: string;
  from: SourceKey[];
}

/** One string a source key, for sets and maps. */
const sourceKeyText = (key: SourceKey) => `${key.path}\0${key.row}`;

/** "path", or "path row N" for a row of a multi-record file (a key's row 0 is a whole file). */
const describeSource = ({ path: file, row }: SourceKey) => describeSourceKey({ path: file, row: row === 0 ? undefined : row });

/** What a run read of its inputs: the rows of every file, and the paths a problem names whole. */
export function createSeenSources() {
  // A single-cable file holds one row: kept as a number, a Set only for a file of many.
  const rowsByPath = new Map<string, number | Set<number>>();
  const named = new Set<string>();
  function see(source: { path: string; row?: number }): void {
    const { path: file, row } = sourceKey(source);
    const rows = rowsByPath.get(file);
    if (rows === undefined) rowsByPath.set(file, row);
    else if (typeof rows === "number") rowsByPath.set(file, new Set([rows, row]));
    else rows.add(row);
  }
  function seeProblem(problem: SourceProblem): void {
    if (problem.row === undefined) named.add(path.resolve(problem.path));
    else see(problem);
  }
  function covers({ path: file, row }: SourceKey): boolean {
    const rows = rowsByPath.get(file);
    if (rows === row || (typeof rows === "object" && rows.has(row))) return true;
    for (let at = file; ; at = path.dirname(at)) {
      if (named.has(at)) return true;
      if (path.dirname(at) === at) return false;
    }
  }
  return { see, seeProblem, covers };
}
type SeenSources = ReturnType<typeof createSeenSources>;

/**
 * A stored source the walk of folder `from` never visits: a folder or file on its way skipped (".git", ".x").
 * Not covered: a folder the walk reaches by two links is walked once, by the first; sources stored by
 * the other path then count as gone.
 */
const walkSkips = (from: string, file: string) => file.slice(from.length).split(path.sep).some(isSkippedEntry);

/**
 * Stored sources under the inputs that the run did not see. An input is a file (its own path) or a
 * folder: every path that starts with it and a separator, found by a range over the key's index
 * ("/data/a/" up to "/data/a0"), so /data/ab is not under /data/a. A source the folder's walk skips
 * (stored by naming /data/.x/a.txt itself) is not gone for a run over /data: it is kept.
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
      if (!seen.covers(source) && (source.path === input || !walkSkips(from, source.path))) {
        gone.set(sourceKeyText(source), source);
      }
    }
  }
  return [...gone.values()];
}

/** Sources by the pk of their cable. */
const groupByCable = (sources: readonly StoredSource[]) => groupBy(sources, (source) => source.cablePk);

/**
 * The cables whose content one of the `gone` sources holds (the source's last record is the cable's)
 * and that keep other sources: pruning must give them the content of those, not leave a removed
 * source's text showing (and a held record, lib/db/held-records.ts, may give less than those).
 */
function cablesToRestore(db: Database.Database, gone: readonly StoredSource[]): CableToRestore[] {
  const cableByPk = db.prepare<[number], { slug: string; recordHash: string }>(
    `SELECT "slug", "recordHash" FROM "Cable" WHERE "pk" = ?`,
  );
  const sourcesOfCable = db.prepare<[number], SourceKey>(`SELECT "path", "row" FROM "Source" WHERE "cablePk" = ?`);
  const goneKeys = new Set(gone.map(sourceKeyText));
  const goneByCable = groupByCable(gone);
  const cables: CableToRestore[] = [];
  for (const [pk, sources] of goneByCable) {
    const cable = cableByPk.get(pk);
    if (!cable || !sources.some((source) => source.contentHash === cable.recordHash)) continue;
    const from = sourcesOfCable.all(pk).filter((source) => !goneKeys.has(sourceKeyText(source)));
    if (from.length > 0) cables.push({ pk, slug: cable.slug, from });
  }
  return cables;
}

/** A cable to restore while its other sources are read again: the records read so far, the sources left to read. */
interface CableBeingRead {
  cable: CableToRestore;
  records: CableRecord[];
  unread: number;
}

/** A cable that one of the given sources holds, and the records its other sources give now. */
interface OtherSourcesRead {
  cable: CableToRestore;
  records: CableRecord[];
}

/**
 * Reads again the other sources of the cables whose content one of `sources` holds (each file once, a
 * big csv no further than its last row wanted) and hands `settle` each cable with the records those
 * sources give now, as soon as all of them are read, `chunkSize` cables at a time: only the records of a
 * chunk (and of cables whose sources span files still to read) are kept in memory. False when
 * interrupted: the cables not handed over yet are left as they are.
 */
export async function settleOtherSources(
  db: Database.Database,
  sources: readonly StoredSource[],
  settle: (read: OtherSourcesRead[]) => void,
  { signal, chunkSize = Infinity }: { signal?: AbortSignal; chunkSize?: number },
): Promise<boolean> {
  const byKey = new Map<string, CableBeingRead>();
  const rowsByFile = new Map<string, Set<number>>();
  for (const cable of cablesToRestore(db, sources)) {
    const being = { cable, records: [], unread: cable.from.length };
    for (const key of cable.from) {
      byKey.set(sourceKeyText(key), being);
      rowsByFile.set(key.path, (rowsByFile.get(key.path) ?? new Set()).add(key.row));
    }
  }
  let ready: OtherSourcesRead[] = [];
  const flush = () => {
    if (ready.length > 0) settle(ready);
    ready = [];
  };
  const sourceRead = (key: SourceKey, record?: CableRecord) => {
    const being = byKey.get(sourceKeyText(key))!;
    if (record) being.records.push(record);
    if (--being.unread > 0) return;
    ready.push({ cable: being.cable, records: being.records });
    if (ready.length >= chunkSize) flush();
  };
  for (const [file, rows] of rowsByFile) {
    for await (const item of readInputs([file])) {
      if (signal?.aborted) return false;
      if (item.kind !== "record") continue;
      const key = { path: file, row: sourceKey(item.record.source).row };
      if (!rows.delete(key.row)) continue;
      sourceRead(key, item.record);
      if (rows.size === 0) break; // a big csv is not read past the last row wanted
    }
    for (const row of rows) sourceRead({ path: file, row }); // gives no record now (edited, or unreadable)
  }
  flush();
  return true;
}

/**
 * Removes the gone sources, and the cables left without a source. A cable whose content a gone source
 * held is given the content of its remaining sources, read again, a chunk of cables at a time: its gone
 * sources are removed in the transaction that gives it that content (when none of them gives it any more,
 * it keeps its content and is named). The other gone sources, whose removal replaces no content, are
 * removed last, in one transaction, once every such cable is settled. So an interrupt during the re-read
 * leaves each cable whole, either settled or with all its sources and its content as they were, and
 * a rerun with prune finds the rest gone again.
 */
async function pruneGone(
  db: Database.Database,
  store: CableStore,
  gone: readonly StoredSource[],
  counts: GoneCounts,
  { signal, chunkSize }: { signal?: AbortSignal; chunkSize?: number },
): Promise<void> {
  const goneByCable = groupByCable(gone);
  const remove = (sources: readonly StoredSource[]) => {
    for (const source of sources) {
      if (store.removeSource(source).cableRemoved) counts.prunedCables += 1;
    }
    counts.prunedSources += sources.length;
  };
  const restoreChunk = db.transaction((read: OtherSourcesRead[]) => {
    for (const { cable, records } of read) {
      remove(goneByCable.get(cable.pk) ?? []);
      goneByCable.delete(cable.pk);
      if (store.restore(cable, records)) counts.restoredCables += 1;
      else counts.keptContent.push(cable.slug);
    }
  });
  if (!(await settleOtherSources(db, gone, restoreChunk, { signal, chunkSize }))) {
    counts.pruneInterrupted = true;
    return;
  }
  db.transaction(() => {
    for (const sources of goneByCable.values()) remove(sources);
  })();
}

/** After a run that read all of `inputs`: the stored sources under them it did not see, pruned when asked. */
export async function settleGoneSources(
  db: Database.Database,
  store: CableStore,
  seen: SeenSources,
  inputs: readonly string[],
  { prune, signal, chunkSize }: { prune?: boolean; signal?: AbortSignal; chunkSize?: number },
): Promise<GoneCounts> {
  const counts = emptyGoneCounts();
  const gone = findGoneSources(db, inputs, seen);
  counts.gone = gone.length;
  counts.goneListed = gone.slice(0, GONE_LISTED).map(describeSource);
  if (prune && gone.length > 0) await pruneGone(db, store, gone, counts, { signal, chunkSize });
  return counts;
}

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** The first names of a list, and how many more it holds. */
function listed(names: readonly string[], total: number): string {
  const more = total > GONE_LISTED ? ` and ${total - GONE_LISTED} more` : "";
  return names.slice(0, GONE_LISTED).join(", ") + more;
}

/** What the run's summary says of gone sources: how many were pruned, or that some are gone and how to prune them. */
export function goneClause(counts: GoneCounts): string {
  const { gone, prunedSources, restoredCables, keptContent } = counts;
  const restored = restoredCables ? `, ${plural(restoredCables, "cable")} re-stored from a remaining source` : "";
  const kept = keptContent.length
    ? `; ${plural(keptContent.length, "cable")} kept a pruned source's content (no remaining source gives it now): ${listed(keptContent, keptContent.length)}`
    : "";
  if (counts.pruneInterrupted) {
    const done = prunedSources > 0 ? `pruned ${prunedSources} of them and ${plural(counts.prunedCables, "cable")}${restored}` : "nothing removed";
    return `; ${plural(gone, "source")} under the inputs ${gone === 1 ? "is" : "are"} gone; prune interrupted: ${done} (run with --prune again to finish)${kept}`;
  }
  if (prunedSources > 0) {
    return `; pruned ${plural(prunedSources, "gone source")} and ${plural(counts.prunedCables, "cable")}${restored}${kept}`;
  }
  if (gone === 0) return "";
  const [is, it] = gone === 1 ? ["is", "it"] : ["are", "them"];
  return `; ${plural(gone, "source")} under the inputs ${is} gone: ${listed(counts.goneListed, gone)} (run with --prune to remove ${it})`;
}
