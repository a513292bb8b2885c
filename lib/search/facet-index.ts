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
} & TagFolds;

/**
 * The spellings of one tag (see foldTag) as one folded tag: how the lists match tags and the facets and
 * tag lists count them. Fold ids index `foldNames`; 0 stands for none.
 */
type TagFolds = {
  /** Cables carrying each stored spelling, indexed like `tags`. */
  tagCables: Uint32Array;
  /** The folded tag of each stored spelling, indexed like `tags`. */
  tagFold: Uint32Array;
  /** Each folded tag by its most used spelling (ties in code-unit order: "ECONOMY" before "Economy"). */
  foldNames: string[];
  /**
   * Beside tagIds: each tag's fold, 0 where an earlier tag of the same cable has the same fold, so a
   * pass over a set counts a cable carrying "ECONOMY" and "Economy" once, with no lookup.
   */
  cableFolds: Uint32Array;
  /** The folded tag of any spelling ("economy"), 0 when no cable carries it. */
  foldOf: (tag: string) => number;
};

/** The key two spellings of one tag share ("PGOV" and "pgov"): lists, tag pages and tag counts all match by it. */
export const foldTag = (tag: string): string => tag.toUpperCase();

export const RELOAD_INTERVAL_MS = 30_000;

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

/**
 * Each table comes back as one string (records joined by RS, fields by US): SQLite builds it from a
 * covering index in C, several times faster than handing over 250,000 rows one by one. Origins
 * and tags do not hold these control characters.
 */
const FIELD = "\u001f";
const RECORD = "\u001e";
const CABLES_SQL = `SELECT group_concat("pk" || char(31) || coalesce("date", '') || char(31) || coalesce("origin", ''), char(30)) FROM "Cable"`;
const CLASSIFICATIONS_SQL = `SELECT group_concat("pk" || char(31) || coalesce("classification", ''), char(30)) FROM "Cable"`;
const TAGS_SQL = `SELECT group_concat("cablePk" || char(31) || "tag", char(30)) FROM "CableTag"`;
/** Sort keys pack day and key into one double: day * 2^28 + pk, exact below 2^53. */
const KEY_BITS = 2 ** 28;
/** Sorts undated cables after every dated one. */
const UNDATED_DAY = 29_991_231;

/** Calls `visit` with the fields of each record of a joined table; `fields` is reused between calls. */
function eachRecord(db: Database.Database, sql: string, visit: (fields: string[]) => void): void {
  const text = (db.prepare(sql).pluck().get() as string | null) ?? "";
  const fields: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf(RECORD, start);
    if (end === -1) end = text.length;
    fields.length = 0;
    let from = start;
    for (let cut = text.indexOf(FIELD, from); cut !== -1 && cut < end; cut = text.indexOf(FIELD, from)) {
      fields.push(text.slice(from, cut));
      from = cut + 1;
    }
    fields.push(text.slice(from, end));
    visit(fields);
    start = end + 1;
  }
}

/** Cables in facet-index order: by day, then key; undated last. */
function orderedCables(db: Database.Database): { key: number; date: string; origin: string }[] {
  const cables: { key: number; date: string; origin: string }[] = [];
  eachRecord(db, CABLES_SQL, ([key, date, origin]) => cables.push({ key: Number(key), date, origin }));
  const fits = cables.every(({ key }) => key < KEY_BITS);
  const sortKey = ({ key, date }: { key: number; date: string }) => (date ? dayNumber(date) : UNDATED_DAY) * KEY_BITS + key;
  if (!fits) return cables.sort((a, b) => sortKey(a) - sortKey(b) || a.key - b.key);
  const packed = Float64Array.from(cables, sortKey).sort();
  const byKey = new Map(cables.map((cable) => [cable.key, cable]));
  return Array.from(packed, (value) => byKey.get(value % KEY_BITS)!);
}

/** One pass over the stored spellings, one over every cable's tags (see TagFolds). */
function foldSpellings(tags: string[], size: number, tagStart: Uint32Array, tagIds: Uint32Array): TagFolds {
  const tagCables = new Uint32Array(tags.length);
  for (const id of tagIds) tagCables[id]++;
  const folds = new Map<string, number>();
  const tagFold = new Uint32Array(tags.length);
  /** The spelling each fold is named by: the most used so far. */
  const nameIds = [0];
  const mostUsed = (id: number, named: number) =>
    tagCables[id] > tagCables[named] || (tagCables[id] === tagCables[named] && tags[id] < tags[named]);
  for (let id = 1; id < tags.length; id++) {
    const key = foldTag(tags[id]);
    let fold = folds.get(key);
    if (fold === undefined) {
      fold = nameIds.length;
      folds.set(key, fold);
      nameIds.push(id);
    } else if (mostUsed(id, nameIds[fold])) nameIds[fold] = id;
    tagFold[id] = fold;
  }
  const cableFolds = new Uint32Array(tagIds.length);
  /** The last position counted for each fold, plus one. */
  const countedAt = new Int32Array(nameIds.length);
  for (let position = 0; position < size; position++) {
    for (let at = tagStart[position]; at < tagStart[position + 1]; at++) {
      const fold = tagFold[tagIds[at]];
      if (countedAt[fold] === position + 1) continue;
      countedAt[fold] = position + 1;
      cableFolds[at] = fold;
    }
  }
  return {
    tagCables,
    tagFold,
    foldNames: nameIds.map((id) => tags[id]),
    cableFolds,
    foldOf: (tag) => folds.get(foldTag(tag)) ?? 0,
  };
}

export function buildFacetIndex(db: Database.Database): FacetIndex {
  const cables = orderedCables(db);
  const size = cables.length;
  const pk = new Int32Array(size);
  const day = new Int32Array(size);
  const origin = new Uint32Array(size);
  const origins = interner();
  let dated = 0;
  cables.forEach((cable, index) => {
    pk[index] = cable.key;
    day[index] = cable.date ? dayNumber(cable.date) : 0;
    if (cable.date) dated++;
    origin[index] = origins.idOf(cable.origin || null);
  });
  const position = new Int32Array(pk.reduce((max, key) => Math.max(max, key), 0) + 1).fill(-1);
  pk.forEach((key, index) => (position[key] = index));
  const positionOf = (key: number) => (key >= 0 && key < position.length ? position[key] : -1);

  const classification = new Uint8Array(size);
  const classifications = interner();
  eachRecord(db, CLASSIFICATIONS_SQL, ([key, value]) => {
    const at = positionOf(Number(key));
    if (at >= 0) classification[at] = classifications.idOf(value || null);
  });

  // Tags as compressed rows: count per position, then fill each position's slice.
  const tags = interner();
  const tagPositions: number[] = [];
  const tagValues: number[] = [];
  eachRecord(db, TAGS_SQL, ([key, tag]) => {
    tagPositions.push(positionOf(Number(key)));
    tagValues.push(tags.idOf(tag));
  });
  const tagStart = new Uint32Array(size + 1);
  for (const at of tagPositions) if (at >= 0) tagStart[at + 1]++;
  for (let index = 0; index < size; index++) tagStart[index + 1] += tagStart[index];
  const filled = tagStart.slice(0, size);
  const tagIds = new Uint32Array(tagStart[size]);
  tagPositions.forEach((at, pair) => {
    if (at >= 0) tagIds[filled[at]++] = tagValues[pair];
  });

  return {
    size,
    dated,
    pk,
    day,
    origin,
    classification,
    tagStart,
    tagIds,
    origins: origins.values,
    classifications: classifications.values,
    tags: tags.values,
    positionOf,
    ...foldSpellings(tags.values, size, tagStart, tagIds),
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
