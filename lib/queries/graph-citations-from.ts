/** The citations the given archive cables make (their REF entries resolved to an id). */
import { prisma } from "@/lib/db/client";
import { graphCableSelect, type GraphCitation } from "@/lib/queries/graph-cable";

export async function getCitationsFrom(slugs: readonly string[]): Promise<GraphCitation[]> {
  if (slugs.length === 0) return [];
  const rows = await prisma.reference.findMany({
    where: { citing: { slug: { in: [...slugs] } }, citedId: { not: null } },
    select: { citedId: true, citing: { select: graphCableSelect } },
    orderBy: [{ citingPk: "asc" }, { position: "asc" }],
  });
  return rows.flatMap(({ citedId, citing }) => (citedId === null ? [] : [{ citing, citedId }]));
}
