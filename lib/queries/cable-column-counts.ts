/** Cables counted by one of their columns (origin, classification, year): the ways into the archive. */
import { prisma } from "@/lib/db/client";
import type { ValueCount } from "@/lib/queries/tag-counts";

export const COUNTED_COLUMNS = ["origin", "classification", "year"] as const;
export type CountedColumn = (typeof COUNTED_COLUMNS)[number];

/**
 * Counts with a null value (origin or year unknown) are left out: there is no link to give them.
 * Years link to a date range, so a year counts only cables whose date is known.
 */
export async function getCableCountsBy(column: CountedColumn): Promise<ValueCount[]> {
  const groups = await prisma.cable.groupBy({
    by: [column],
    where: { [column]: { not: null }, ...(column === "year" ? { date: { not: null } } : {}) },
    _count: { _all: true },
  });
  return groups
    .map((group) => ({ value: String(group[column]), count: group._count._all }))
    .sort((a, b) => (column === "year" ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value)));
}
