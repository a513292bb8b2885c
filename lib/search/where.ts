/**
 * The `/cables` filters and the full-text match as one SQL condition over `"Cable" AS c`, with bound
 * parameters: the single definition of "the current result set" that results, facets and the
 * timeline all count over. Values never enter the SQL text.
 */
import type { CableFilters } from "@/lib/queries/cable-filters";

export type SqlParam = string | number;
export type SqlCondition = { sql: string; params: SqlParam[] };

/** Which cables a search covers: the list's filters, and the FTS5 expression when there is a query. */
export type ResultSet = { filters: Pick<CableFilters, "tag" | "origin" | "classification" | "from" | "to">; match: string | null };

/** The last instant of a calendar day as `Cable.date` stores it (ISO text sorts as time). */
function endOfDay(day: string): string {
  return `${day}T23:59:59Z`;
}

/** The filter conditions alone, without the text match (the ranked query joins the index itself). */
export function filterCondition({ filters }: ResultSet): SqlCondition {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  for (const tag of filters.tag) {
    parts.push(`c."pk" IN (SELECT "cablePk" FROM "CableTag" WHERE "tag" = ?)`);
    params.push(tag);
  }
  if (filters.origin !== undefined) {
    parts.push(`c."origin" = ?`);
    params.push(filters.origin);
  }
  if (filters.classification !== undefined) {
    parts.push(`c."classification" = ?`);
    params.push(filters.classification);
  }
  if (filters.from !== undefined) {
    parts.push(`c."date" >= ?`);
    params.push(filters.from);
  }
  if (filters.to !== undefined) {
    parts.push(`c."date" <= ?`);
    params.push(endOfDay(filters.to));
  }
  return { sql: parts.length === 0 ? "1" : parts.join(" AND "), params };
}

/** Filters and text match together. */
export function resultSetCondition(set: ResultSet): SqlCondition {
  const filters = filterCondition(set);
  if (set.match === null) return filters;
  return {
    sql: `c."pk" IN (SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH ?) AND ${filters.sql}`,
    params: [set.match, ...filters.params],
  };
}
