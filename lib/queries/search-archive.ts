/**
 * A search of the archive as `/cables` and `/api/cables` ask for it: the filters, optionally a
 * full-text query, a sort and a page. The result set is evaluated once over the facet index and
 * gives the total, the facets and the timeline; only the page's cables are then read in full.
 */
import type Database from "better-sqlite3";
import { PAGE_SIZE, type CableFilters } from "@/lib/queries/cable-filters";
import { FACET_LIMIT, searchFacets, type SearchFacets } from "@/lib/queries/search-facets";
import { pageItems, type SearchResultItem } from "@/lib/queries/search-results";
import { getSearchDb } from "@/lib/search/connection";
import { getFacetIndex, type FacetIndex } from "@/lib/search/facet-index";
import type { SearchTerm } from "@/lib/search/query";
import { evaluateResultSet, type ResultSet } from "@/lib/search/result-set";

export const SEARCH_SORTS = ["relevance", "desc", "asc"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

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

/** The query's matches as facet-index positions, ascending (date order). */
function matchPositions(db: Database.Database, index: FacetIndex, match: string): Int32Array {
  const keys = db.prepare(`SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH ?`).pluck().all(match) as number[];
  const positions = new Int32Array(keys.length);
  let count = 0;
  for (const key of keys) {
    const position = index.positionOf(key);
    if (position >= 0) positions[count++] = position; // a cable stored since the index was built
  }
  return positions.subarray(0, count).sort();
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
 * Keys of one page by bm25. Without filters FTS5 ranks its own matches; with filters it ranks the
 * filtered set only, handed over as a JSON array. The `+` keeps SQLite from looking each key up in
 * the index one by one (a MATCH per key); instead it walks the matches once and tests membership.
 */
function keysByRank(db: Database.Database, index: FacetIndex, set: ResultSet, match: string, filtered: boolean, offset: number): number[] {
  if (!filtered) {
    return db
      .prepare(`SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH ? ORDER BY ${RANK}, rowid LIMIT ? OFFSET ?`)
      .pluck()
      .all(match, PAGE_SIZE, offset) as number[];
  }
  const keys = JSON.stringify(Array.from(set.positions, (position) => index.pk[position]));
  return db
    .prepare(
      `SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
       ORDER BY ${RANK}, rowid LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(match, keys, PAGE_SIZE, offset) as number[];
}

function hasFilters(filters: CableFilters): boolean {
  return filters.tag.length > 0 || [filters.origin, filters.classification, filters.from, filters.to].some((value) => value !== undefined);
}

export async function searchArchive(request: SearchRequest): Promise<SearchOutcome> {
  const { filters, query } = request;
  const db = getSearchDb();
  const index = getFacetIndex(db);
  const set = evaluateResultSet(index, filters, query ? matchPositions(db, index, query.match) : null);
  const sort: SearchSort = query === null && request.sort === "relevance" ? "desc" : request.sort;
  const offset = (filters.page - 1) * PAGE_SIZE;
  const keys =
    offset >= set.positions.length
      ? []
      : query && sort === "relevance"
        ? keysByRank(db, index, set, query.match, hasFilters(filters), offset)
        : keysByDate(index, set, sort === "asc" ? "asc" : "desc", offset);
  const total = set.positions.length;
  return {
    total,
    page: filters.page,
    pageSize: PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    sort,
    items: pageItems(db, keys, query),
    facets: searchFacets(index, set, request.facetLimit ?? FACET_LIMIT),
  };
}
