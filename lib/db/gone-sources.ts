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
import { readInputs } from "@/lib/pipeline";
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
}

/** Gone sources the summary names; the rest are counted. */
export const GONE_LISTED = 3;

export function emptyGoneCounts(): GoneCounts {
  return { gone: 0, goneListed: [], prunedSources: 0, prunedCables: 0, restoredCables: 0, keptContent: [] };
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

const describeSource = ({ path: file, row }: SourceKey) => (row === 0 ? file : `${file} row ${row}`);

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
export type SeenSources = ReturnType<typeof createSeenSources>;

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
  const goneByCable = new Map<number, StoredSource[]>();
  for (const source of gone) {
    const sources = goneByCable.get(source.cablePk);
    if (sources) sources.push(source);
    else goneByCable.set(source.cablePk, [source]);
  }
  const cables: CableToRestore[] = [];
  for (const [pk, sources] of goneByCable) {
    const cable = cableByPk.get(pk);
    if (!cable || !sources.some((source) => source.contentHash === cable.recordHash)) continue;
    const from = sourcesOfCable.all(pk).filter((source) => !goneKeys.has(sourceKeyText(source)));
    if (from.length > 0) cables.push({ pk, slug: cable.slug, from });
  }
  return cables;
}

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

/** A cable that one of `sources` holds, and the records its other sources give now. */
export interface OtherSourcesRead {
  cable: CableToRestore;
  records: CableRecord[];
}

/**
 * The cables whose content one of `sources` holds and that have other sources, with the records those
 * other sources give now (read again, each file once); undefined when interrupted.
 */
export async function readOtherSources(
  db: Database.Database,
  sources: readonly StoredSource[],
  signal?: AbortSignal,
): Promise<OtherSourcesRead[] | undefined> {
  const cables = cablesToRestore(db, sources);
  const records = await readAgain(cables.flatMap((cable) => cable.from), signal);
  if (records === undefined) return undefined;
  const recordsByKey = new Map(records.map((record) => [sourceKeyText(sourceKey(record.source)), record]));
  return cables.map((cable) => ({
    cable,
    records: cable.from.flatMap((key) => recordsByKey.get(sourceKeyText(key)) ?? []),
  }));
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
  counts: GoneCounts,
  signal?: AbortSignal,
): Promise<void> {
  const toRestore = await readOtherSources(db, gone, signal);
  if (toRestore === undefined) return;
  db.transaction(() => {
    for (const source of gone) {
      if (store.removeSource(source).cableRemoved) counts.prunedCables += 1;
    }
    counts.prunedSources = gone.length;
    for (const { cable, records } of toRestore) {
      if (store.restore(cable, records)) counts.restoredCables += 1;
      else counts.keptContent.push(cable.slug);
    }
  })();
}

/** After a run that read all of `inputs`: the stored sources under them it did not see, pruned when asked. */
export async function settleGoneSources(
  db: Database.Database,
  store: CableStore,
  seen: SeenSources,
  inputs: readonly string[],
  { prune, signal }: { prune?: boolean; signal?: AbortSignal },
): Promise<GoneCounts> {
  const counts = emptyGoneCounts();
  const gone = findGoneSources(db, inputs, seen);
  counts.gone = gone.length;
  counts.goneListed = gone.slice(0, GONE_LISTED).map(describeSource);
  if (prune && gone.length > 0) await pruneGone(db, store, gone, counts, signal);
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
