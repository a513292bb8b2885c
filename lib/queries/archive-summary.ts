/** Headline figures of the archive for the home page: how many cables and the span of their dates. */
import { cachedForArchive } from "@/lib/db/archive-cache";
import { prisma } from "@/lib/db/client";

export type ArchiveSummary = {
  cables: number;
  undated: number;
  firstDate: string | null;
  lastDate: string | null;
};

export function getArchiveSummary(): Promise<ArchiveSummary> {
  return cachedForArchive("archive-summary", summarize);
}

async function summarize(): Promise<ArchiveSummary> {
  const [cables, undated, span] = await Promise.all([
    prisma.cable.count(),
    prisma.cable.count({ where: { date: null } }),
    prisma.cable.aggregate({ _min: { date: true }, _max: { date: true } }),
  ]);
  return { cables, undated, firstDate: span._min.date, lastDate: span._max.date };
}
