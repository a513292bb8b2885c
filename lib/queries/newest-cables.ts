/** The most recent cables by date, for the home page; undated cables only when too few are dated. */
import { prisma } from "@/lib/db/client";
import { cableListItemSelect, toCableListItem, type CableListItem } from "@/lib/queries/cable-list-item";

export async function getNewestCables(limit: number): Promise<CableListItem[]> {
  // Two queries, not one ordered "nulls last": that order is an expression no index serves, so SQLite
  // sorted the whole archive for ten rows (0.8 s at 250,000 cables); these walk the date index.
  const dated = await prisma.cable.findMany({
    select: cableListItemSelect,
    where: { date: { not: null } },
    orderBy: [{ date: "desc" }, { slug: "desc" }],
    take: limit,
  });
  const undated =
    dated.length < limit
      ? await prisma.cable.findMany({
          select: cableListItemSelect,
          where: { date: null },
          orderBy: { slug: "desc" },
          take: limit - dated.length,
        })
      : [];
  return [...dated, ...undated].map(toCableListItem);
}
