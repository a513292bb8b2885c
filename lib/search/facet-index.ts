/**
 * The facet index: every cable's date, origin, classification and tags in typed arrays, held in
 * memory. Filters, facet counts and the timeline are then a pass over a few megabytes instead of
 * hundreds of thousands of row lookups in a table whose rows hold whole telegrams.
 *
 * Positions order the cables by date (then key), undated ones last. The index is rebuilt when
 * another connection has committed (PRAGMA data_version), at most once per RELOAD_INTERVAL_MS so
 * that a running ingest does not make every request rebuild it; until then new cables show in
 * full-text matches only.
 */
import type Database from "better-sqlite3";

export type FacetIndex = {
  size: number;
  /** Positions [0, dated) have a date; the rest do not. */
  dated: number;
  pk: Int32Array;
  /** YYYYMMDD, 0 when unknown. */
  day: Int32Array;
  /** Indexes into `origins` / `classifications`; 0 means unknown. */
  origin: Uint32Array;
  classification: Uint8Array;
  /** Tags of position p: tagIds[tagStart[p] .. tagStart[p + 1]), indexes into `tags`. */
  tagStart: Uint32Array;
  tagIds: Uint32Array;
  origins: string[];
  classifications: string[];
  tags: string[];
  /** Position of a cable key, -1 when not indexed. */
  positionOf: (pk: number) => number;
};

export const RELOAD_INTERVAL_MS = 15_000;
const TAG_SEPARATOR = "\u001f";

/** "2007-01-26T…" → 20070126. */
export function dayNumber(date: string): number {
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** Interns strings as small integers; 0 stands for null. */
function interner(): { ids: Map<string, number>; values: string[]; idOf: (value: string | null) => number } {
  const ids = new Map<string, number>();
  const values = [""];
  return {
    ids,
    values,
    idOf(value) {
      if (value === null) return 0;
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        values.push(value);
        ids.set(value, id);
      }
      return id;
    },
  };
}

export function buildFacetIndex(db: Database.Database): FacetIndex {
  // Each read is answered by a covering index, never by the wide "Cable" rows.
  const dated = db.prepare(`SELECT "pk", "date", "origin" FROM "Cable"`).raw().all() as [number, string | null, string | null][];
  const classes = db.prepare(`SELECT "pk", "classification" FROM "Cable"`).raw().all() as [number, string | null][];
  const tagRows = db
    .prepare(`SELECT "cablePk", group_concat("tag", char(31)) FROM "CableTag" GROUP BY "cablePk"`)
    .raw()
    .all() as [number, string][];

  dated.sort((a, b) => {
    if ((a[1] === null) !== (b[1] === null)) return a[1] === null ? 1 : -1;
    return a[1] === b[1] ? a[0] - b[0] : (a[1] ?? "") < (b[1] ?? "") ? -1 : 1;
  });
  const size = dated.length;
  const maxPk = dated.reduce((max, row) => Math.max(max, row[0]), 0);
  const position = new Int32Array(maxPk + 1).fill(-1);
  const pk = new Int32Array(size);
  const day = new Int32Array(size);
  const origin = new Uint32Array(size);
  const origins = interner();
  let datedCount = 0;
  dated.forEach(([key, date, originName], index) => {
    pk[index] = key;
    position[key] = index;
    day[index] = date === null ? 0 : dayNumber(date);
    if (date !== null) datedCount++;
    origin[index] = origins.idOf(originName);
  });

  const classification = new Uint8Array(size);
  const classifications = interner();
  for (const [key, value] of classes) {
    const at = position[key];
    if (at !== undefined && at >= 0) classification[at] = classifications.idOf(value);
  }

  const tags = interner();
  const perPosition: number[][] = Array.from({ length: size }, () => []);
  let tagCount = 0;
  for (const [key, joined] of tagRows) {
    const at = position[key];
    if (at === undefined || at < 0) continue;
    perPosition[at] = joined.split(TAG_SEPARATOR).map(tags.idOf);
    tagCount += perPosition[at].length;
  }
  const tagStart = new Uint32Array(size + 1);
  const tagIds = new Uint32Array(tagCount);
  let next = 0;
  perPosition.forEach((ids, index) => {
    tagStart[index] = next;
    tagIds.set(ids, next);
    next += ids.length;
  });
  tagStart[size] = next;

  return {
    size,
    dated: datedCount,
    pk,
    day,
    origin,
    classification,
    tagStart,
    tagIds,
    origins: origins.values,
    classifications: classifications.values,
    tags: tags.values,
    positionOf: (key) => (key >= 0 && key < position.length ? position[key] : -1),
  };
}

type Cached = { db: Database.Database; index: FacetIndex; version: number; builtAt: number };
const cache = globalThis as typeof globalThis & { cableArchiveFacetIndex?: Cached };

/** The current facet index of this connection's database, rebuilt when the data changed (see above). */
export function getFacetIndex(db: Database.Database, now: number = Date.now()): FacetIndex {
  const version = Number(db.pragma("data_version", { simple: true }));
  const cached = cache.cableArchiveFacetIndex;
  const fresh = cached?.db === db && (cached.version === version || now - cached.builtAt < RELOAD_INTERVAL_MS);
  if (cached && fresh) return cached.index;
  const index = buildFacetIndex(db);
  cache.cableArchiveFacetIndex = { db, index, version, builtAt: now };
  return index;
}
