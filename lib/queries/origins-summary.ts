/** Every post (origin) with its number of cables and the first and last dates it wrote, most cables first. */
import { cachedForArchive } from "@/lib/db/archive-cache";
import { prisma } from "@/lib/db/client";

export type OriginSummary = {
  origin: string;
  count: number;
  /** ISO instants of the earliest and latest dated cable; null when none of its cables has a date. */
  firstDate: string | null;
  lastDate: string | null;
};

/** A scan of the whole archive: computed once per change of the archive (lib/db/archive-cache.ts). */
export function getOriginSummaries(): Promise<OriginSummary[]> {
  return cachedForArchive("origin-summaries", summarizeOrigins);
}

async function summarizeOrigins(): Promise<OriginSummary[]> {
  const groups = await prisma.cable.groupBy({
    by: ["origin"],
    where: { origin: { not: null } },
    _count: { _all: true },
    _min: { date: true },
    _max: { date: true },
  });
  return groups
    .map((group) => ({
      origin: group.origin as string,
      count: group._count._all,
      firstDate: group._min.date,
      lastDate: group._max.date,
    }))
    .sort((a, b) => b.count - a.count || a.origin.localeCompare(b.origin));
}
