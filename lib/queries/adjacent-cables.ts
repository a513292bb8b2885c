/**
 * The cables just before and after one by date (ties in storage order), for `[` and `]` and the
 * page's rel=prev/next links. Each direction is a same-date neighbour, else the nearest other date:
 * four one-row walks of the date index (EXPLAIN: no sort). The cable's date and pk are scalar
 * subqueries, not a join, so that SQLite walks the index in order. Undated cables have no neighbours.
 */
import { prisma } from "@/lib/db/client";

export type AdjacentCable = { slug: string; id: string | null; station: string | null; serial: number | null; date: string };
export type AdjacentCables = { previous: AdjacentCable | null; next: AdjacentCable | null };

type Direction = keyof AdjacentCables;
/** nearness 0: same date, 1: the nearest other date. */
type Row = Omit<AdjacentCable, "serial"> & { serial: number | bigint | null; direction: Direction; nearness: number | bigint };

export async function getAdjacentCables(slug: string): Promise<AdjacentCables> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT 'previous' AS direction, 0 AS nearness, "slug", "id", "station", "serial", "date" FROM "Cable"
      WHERE "date" = (SELECT "date" FROM "Cable" WHERE "slug" = ${slug})
        AND "pk" < (SELECT "pk" FROM "Cable" WHERE "slug" = ${slug})
      ORDER BY "date" DESC, "pk" DESC LIMIT 1)
    UNION ALL SELECT * FROM (
      SELECT 'previous', 1, "slug", "id", "station", "serial", "date" FROM "Cable"
      WHERE "date" < (SELECT "date" FROM "Cable" WHERE "slug" = ${slug})
      ORDER BY "date" DESC, "pk" DESC LIMIT 1)
    UNION ALL SELECT * FROM (
      SELECT 'next', 0, "slug", "id", "station", "serial", "date" FROM "Cable"
      WHERE "date" = (SELECT "date" FROM "Cable" WHERE "slug" = ${slug})
        AND "pk" > (SELECT "pk" FROM "Cable" WHERE "slug" = ${slug})
      ORDER BY "date", "pk" LIMIT 1)
    UNION ALL SELECT * FROM (
      SELECT 'next', 1, "slug", "id", "station", "serial", "date" FROM "Cable"
      WHERE "date" > (SELECT "date" FROM "Cable" WHERE "slug" = ${slug})
      ORDER BY "date", "pk" LIMIT 1)`;
  const first = (direction: Direction): AdjacentCable | null => {
    const [row] = rows.filter((candidate) => candidate.direction === direction).sort((a, b) => Number(a.nearness) - Number(b.nearness));
    if (!row) return null;
    const { slug, id, station, serial, date } = row;
    return { slug, id, station, serial: serial === null ? null : Number(serial), date };
  };
  return { previous: first("previous"), next: first("next") };
}
