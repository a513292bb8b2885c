/**
 * Facet counts and the month timeline of the current result set (with or without a query):
 * tags, origins, classifications and years, each most frequent first (years newest first).
 * Three passes over the set: classification by month (which also gives the total and the years),
 * origins, and tags. Tags and origins come back as the top `limit` only.
 */
import type { MonthCount } from "@/lib/queries/origins-timeline-bars";
import type { ValueCount } from "@/lib/queries/tag-counts";
import { queryRows, toCount } from "@/lib/search/sql";
import { resultSetCondition, type ResultSet } from "@/lib/search/where";

export type SearchFacets = {
  total: number;
  tags: ValueCount[];
  origins: ValueCount[];
  classifications: ValueCount[];
  years: ValueCount[];
  /** Cables per month ("2007-01"), oldest first; `undated` counts those without a date. */
  months: MonthCount[];
  undated: number;
};

/** How many tags and origins a facet lists by default. */
export const FACET_LIMIT = 20;

type GroupRow = { value: string | null; count: bigint | number };

function byCount(rows: GroupRow[]): ValueCount[] {
  return rows.flatMap(({ value, count }) => (value === null ? [] : [{ value, count: toCount(count) }]));
}

function addTo(counts: Map<string, number>, key: string, count: number): void {
  counts.set(key, (counts.get(key) ?? 0) + count);
}

function sortedByCount(counts: Map<string, number>): ValueCount[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export async function getSearchFacets(set: ResultSet, limit = FACET_LIMIT): Promise<SearchFacets> {
  const where = resultSetCondition(set);
  // Without any condition the tags need no join with "Cable": their own index answers.
  const tagSource =
    where.sql === "1" ? `"CableTag" t` : `"CableTag" t WHERE t."cablePk" IN (SELECT c."pk" FROM "Cable" c WHERE ${where.sql})`;
  const [classMonths, origins, tags] = await Promise.all([
    queryRows<{ classification: string | null; month: string | null; count: bigint | number }>(
      `SELECT c."classification" AS classification, substr(c."date", 1, 7) AS month, count(*) AS count
       FROM "Cable" c WHERE ${where.sql} GROUP BY 1, 2`,
      where.params,
    ),
    queryRows<GroupRow>(
      `SELECT c."origin" AS value, count(*) AS count FROM "Cable" c
       WHERE ${where.sql} AND c."origin" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`,
      [...where.params, limit],
    ),
    queryRows<GroupRow>(`SELECT t."tag" AS value, count(*) AS count FROM ${tagSource} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`, [
      ...where.params,
      limit,
    ]),
  ]);

  let total = 0;
  let undated = 0;
  const classifications = new Map<string, number>();
  const months = new Map<string, number>();
  const years = new Map<string, number>();
  for (const row of classMonths) {
    const count = toCount(row.count);
    total += count;
    if (row.classification !== null) addTo(classifications, row.classification, count);
    if (row.month === null) undated += count;
    else {
      addTo(months, row.month, count);
      addTo(years, row.month.slice(0, 4), count);
    }
  }
  return {
    total,
    tags: byCount(tags),
    origins: byCount(origins),
    classifications: sortedByCount(classifications),
    years: [...years].map(([value, count]) => ({ value, count })).sort((a, b) => b.value.localeCompare(a.value)),
    months: [...months].map(([month, count]) => ({ month, count })).sort((a, b) => a.month.localeCompare(b.month)),
    undated,
  };
}
