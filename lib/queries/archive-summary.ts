/** Headline figures of the archive for the home page. */
import { prisma } from "@/lib/db/client";

export type ArchiveSummary = {
  cables: number;
  origins: number;
  tags: number;
  undated: number;
  firstDate: string | null;
  lastDate: string | null;
};

export async function getArchiveSummary(): Promise<ArchiveSummary> {
  const [cables, undated, span, origins, tags] = await Promise.all([
    prisma.cable.count(),
    prisma.cable.count({ where: { date: null } }),
    prisma.cable.aggregate({ _min: { date: true }, _max: { date: true } }),
    prisma.cable.findMany({ where: { origin: { not: null } }, distinct: ["origin"], select: { origin: true } }),
    prisma.cableTag.findMany({ distinct: ["tag"], select: { tag: true } }),
  ]);
  return {
    cables,
    undated,
    origins: origins.length,
    tags: tags.length,
    firstDate: span._min.date,
    lastDate: span._max.date,
  };
}
