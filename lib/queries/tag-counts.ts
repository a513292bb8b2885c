/** Every tag with the number of cables that carry it, most used first. */
import { prisma } from "@/lib/db/client";

export type ValueCount = { value: string; count: number };

export async function getTagCounts(): Promise<ValueCount[]> {
  const groups = await prisma.cableTag.groupBy({
    by: ["tag"],
    _count: { _all: true },
    orderBy: [{ _count: { tag: "desc" } }, { tag: "asc" }],
  });
  return groups.map((group) => ({ value: group.tag, count: group._count._all }));
}
