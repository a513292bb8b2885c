/**
 * The citations of the given cable ids by cables in the archive, oldest citing cable first, at most
 * `limit` (a much-cited cable's neighbourhood is capped for drawing anyway).
 */
import { prisma } from "@/lib/db/client";
import { graphCableSelect, type GraphCitation } from "@/lib/queries/graph-cable";

export async function getCitationsOf(ids: readonly string[], limit: number): Promise<GraphCitation[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.reference.findMany({
    where: { citedId: { in: [...ids] } },
    select: { citedId: true, citing: { select: graphCableSelect } },
    orderBy: [{ citing: { date: "asc" } }, { citingPk: "asc" }],
    take: limit,
  });
  return rows.flatMap(({ citedId, citing }) => (citedId === null ? [] : [{ citing, citedId }]));
}
