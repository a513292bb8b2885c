/** The most recent cables by date, for the home page. */
import { prisma } from "@/lib/db/client";
import { cableListItemSelect, toCableListItem, type CableListItem } from "@/lib/queries/cable-list-item";

export async function getNewestCables(limit: number): Promise<CableListItem[]> {
  const rows = await prisma.cable.findMany({
    select: cableListItemSelect,
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { slug: "desc" }],
    take: limit,
  });
  return rows.map(toCableListItem);
}
