/** Every tag with the number of cables that carry it, most used first. */
import { cachedForArchive } from "@/lib/db/archive-cache";
import { prisma } from "@/lib/db/client";

export type ValueCount = { value: string; count: number };

/** A scan of every tag of every cable: computed once per change of the archive (lib/db/archive-cache.ts). */
export function getTagCounts(): Promise<ValueCount[]> {
  return cachedForArchive("tag-counts", countTags);
}

async function countTags(): Promise<ValueCount[]> {
  const groups = await prisma.cableTag.groupBy({
    by: ["tag"],
    _count: { _all: true },
    orderBy: [{ _count: { tag: "desc" } }, { tag: "asc" }],
  });
  return groups.map((group) => ({ value: group.tag, count: group._count._all }));
}
