/** One post's cables counted per calendar month ("2007-01"), oldest first; undated ones counted apart. */
import { prisma } from "@/lib/db/client";
import type { MonthCount } from "@/lib/queries/origins-timeline-bars";

export async function getOriginMonthCounts(origin: string): Promise<{ months: MonthCount[]; undated: number }> {
  const [rows, undated] = await Promise.all([
    prisma.$queryRaw<Array<{ month: string; count: bigint | number }>>`
      SELECT substr("date", 1, 7) AS month, COUNT(*) AS count
      FROM "Cable"
      WHERE "origin" = ${origin} AND "date" IS NOT NULL
      GROUP BY month
      ORDER BY month`,
    prisma.cable.count({ where: { origin, date: null } }),
  ]);
  return { months: rows.map((row) => ({ month: row.month, count: Number(row.count) })), undated };
}

