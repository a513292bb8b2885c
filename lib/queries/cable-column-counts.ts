/** Cables counted by one of their columns (origin, classification, year): the ways into the archive. */
import { cachedForArchive } from "@/lib/db/archive-cache";
import { prisma } from "@/lib/db/client";
import type { ValueCount } from "@/lib/queries/tag-counts";

export const COUNTED_COLUMNS = ["origin", "classification", "year"] as const;
export type CountedColumn = (typeof COUNTED_COLUMNS)[number];

/**
 * Counts with a null value (origin or date unknown) are left out: there is no link to give them.
 * Years link to a date range, so a year counts the cables dated in it. Each list is a scan of the
 * whole archive: computed once per change of the archive (lib/db/archive-cache.ts).
 */
export function getCableCountsBy(column: CountedColumn): Promise<ValueCount[]> {
  return cachedForArchive(`cable-counts-by-${column}`, () => (column === "year" ? countByYear() : countBy(column)));
}

async function countBy(column: Exclude<CountedColumn, "year">): Promise<ValueCount[]> {
  const groups = await prisma.cable.groupBy({ by: [column], where: { [column]: { not: null } }, _count: { _all: true } });
  return groups
    .map((group) => ({ value: String(group[column]), count: group._count._all }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** By the year of the date, not the id's year: the count then matches the list the year links to. */
async function countByYear(): Promise<ValueCount[]> {
  // Reads the date index alone (covering), not the cable rows. The alias is not "year": SQLite would
  // group by the column of that name, read from every row (11 s cold at 250,000 cables).
  const rows = await prisma.$queryRaw<Array<{ dateYear: string; count: bigint | number }>>`
    SELECT substr("date", 1, 4) AS "dateYear", COUNT(*) AS count
    FROM "Cable"
    WHERE "date" IS NOT NULL
    GROUP BY "dateYear"
    ORDER BY "dateYear" DESC`;
  return rows.map((row) => ({ value: row.dateYear, count: Number(row.count) }));
}
