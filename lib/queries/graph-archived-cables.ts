/** Which of some cable ids the archive holds, with what the graph shows of each. */
import { prisma } from "@/lib/db/client";
import { graphCableSelect, type GraphCable } from "@/lib/queries/graph-cable";

export async function getGraphCables(ids: readonly string[]): Promise<GraphCable[]> {
  if (ids.length === 0) return [];
  return prisma.cable.findMany({ where: { id: { in: [...new Set(ids)] } }, select: graphCableSelect });
}
