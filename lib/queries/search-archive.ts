/**
 * A search of the archive as `/cables` and `/api/cables` ask for it: the filters, optionally a
 * full-text query, a sort and a page. The result set is evaluated once over the facet index and
 * gives the total, the facets and the timeline; only the page's cables are then read in full.
 */
import type Database from "better-sqlite3";
import { PAGE_SIZE, type CableFilters, type SortOrder } from "@/lib/queries/cable-filters";
import { FACET_LIMIT, searchFacets, type SearchFacets } from "@/lib/queries/search-facets";
import { pageItems, type SearchResultItem } from "@/lib/queries/search-results";
import { getReadDb } from "@/lib/db/read-connection";
import { getFacetIndex, type FacetIndex } from "@/lib/search/facet-index";
import { rankedKeys } from "@/lib/search/ranking-pool";
import type { SearchTerm } from "@/lib/search/query";
import { evaluateResultSet, hasSetFilters, type ResultSet } from "@/lib/search/result-set";

export type SearchSort = SortOrder;

/** bm25 weights of the index's columns (subject, text): a word in the subject says more. */
const SUBJECT_WEIGHT = 10;
const TEXT_WEIGHT = 1;
const RANK = `bm25("CableSearch", ${SUBJECT_WEIGHT}, ${TEXT_WEIGHT})`;

export type SearchRequest = {
  filters: CableFilters;
  query: { match: string; terms: readonly SearchTerm[] } | null;
  /** "relevance" needs a query; without one it means newest first. */
  sort: SearchSort;
  /** How many tags and origins the facets list. */
  facetLimit?: number;
  /** Up to this many filtered cables, the query is matched among them (tests set it to try both ways). */
  filterFirstLimit?: number;
};

export type SearchOutcome = {
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: SearchSort;
  items: SearchResultItem[];
  facets: SearchFacets;
};

/**
 * Up to this many filtered cables, the query is matched among them; beyond, the filters apply to the
 * query's matches. Either way is one walk of the index; this one spares handing every match to JS.
 */
const FILTER_FIRST_LIMIT = 20_000;

/** Above this share of the archive, marking positions and reading them back in order beats sorting them. */
const MARK_SHARE = 1 / 8;

/** Positions of some cable keys, ascending (date order); keys stored since the index was built are left out. */
function positionsOf(index: FacetIndex, keys: readonly number[]): Int32Array {
  const positions = new Int32Array(keys.length);
  let count = 0;
  if (keys.length > index.size * MARK_SHARE) {
    const marked = new Uint8Array(index.size);
    for (const key of keys) {
      const position = index.positionOf(key);
      if (position >= 0) marked[position] = 1;
    }
    for (let position = 0; position < index.size; position++) if (marked[position]) positions[count++] = position;
    return positions.subarray(0, count);
  }
  for (const key of keys) {
    const position = index.positionOf(key);
    if (position >= 0) positions[count++] = position;
  }
  return positions.subarray(0, count).sort();
}

function keysJson(index: FacetIndex, positions: Int32Array): string {
  return JSON.stringify(Array.from(positions, (position) => index.pk[position]));
}

/** Keys of one page by date. Positions ascend oldest first with undated last; newest first keeps undated last too. */
function keysByDate(index: FacetIndex, set: ResultSet, sort: "asc" | "desc", offset: number): number[] {
  const { positions } = set;
  let dated = positions.length;
  while (dated > 0 && positions[dated - 1] >= index.dated) dated--;
  const keys: number[] = [];
  for (let rank = offset; rank < Math.min(offset + PAGE_SIZE, positions.length); rank++) {
    const at = sort === "asc" || rank >= dated ? rank : dated - 1 - rank;
    keys.push(index.pk[positions[at]]);
  }
  return keys;
}

/**
 * The query's matches among some cables (a JSON array of keys), best first when ranked. The `+`
 * keeps SQLite from running one MATCH per key; it walks the matches once and tests membership.
 */
function matchesAmong(db: Database.Database, match: string, keys: string, ranked: boolean): number[] {
  return db
    .prepare(
      `SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
       ${ranked ? `ORDER BY ${RANK}, rowid` : ""}`,
    )
    .pluck()
    .all(match, keys) as number[];
}

type Evaluated = { set: ResultSet; keys: number[] };

/** The result set and the page's keys, choosing the cheaper order of matching and filtering. */
async function evaluate(db: Database.Database, index: FacetIndex, request: SearchRequest, sort: SearchSort, offset: number): Promise<Evaluated> {
  const { filters, query } = request;
  const byDate = (set: ResultSet): Evaluated => ({ set, keys: keysByDate(index, set, sort === "asc" ? "asc" : "desc", offset) });
  if (query === null) return byDate(evaluateResultSet(index, filters, null));
  const ranked = sort === "relevance";

  const scope = hasSetFilters(filters) ? evaluateResultSet(index, filters, null) : null;
  if (scope && scope.positions.length <= (request.filterFirstLimit ?? FILTER_FIRST_LIMIT)) {
    // Few cables pass the filters: match among them, ranked in the same pass.
    const matches = matchesAmong(db, query.match, keysJson(index, scope.positions), ranked);
    const set = evaluateResultSet(index, filters, positionsOf(index, matches));
    return ranked ? { set, keys: matches.slice(offset, offset + PAGE_SIZE) } : byDate(set);
  }
  // Ranking every match needs no result set: it starts on the workers while this thread counts the matches.
  const rankedWhole = ranked && scope === null ? rankedKeys(query.match, RANK, null, offset, PAGE_SIZE) : null;
  const keys = db.prepare(`SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH ?`).pluck().all(query.match) as number[];
  const set = evaluateResultSet(index, filters, positionsOf(index, keys));
  if (!ranked) return byDate(set);
  const page =
    rankedWhole ??
    (offset >= set.positions.length ? [] : rankedKeys(query.match, RANK, Array.from(set.positions, (position) => index.pk[position]), offset, PAGE_SIZE));
  return { set, keys: await page };
}

export async function searchArchive(request: SearchRequest): Promise<SearchOutcome> {
  const db = getReadDb();
  const index = getFacetIndex(db);
  const sort: SearchSort = request.query === null && request.sort === "relevance" ? "desc" : request.sort;
  const { set, keys } = await evaluate(db, index, request, sort, (request.filters.page - 1) * PAGE_SIZE);
  const total = set.positions.length;
  return {
    total,
    page: request.filters.page,
    pageSize: PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    sort,
    items: pageItems(db, keys, request.query),
    facets: searchFacets(index, set, request.facetLimit ?? FACET_LIMIT, request.filters.tag),
  };
}
