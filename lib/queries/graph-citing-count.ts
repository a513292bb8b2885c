/** How many archive cables cite a cable id: the graph shows a few and counts the rest. */
import { prisma } from "@/lib/db/client";

export async function countCitingCables(id: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: number | bigint }[]>`
    SELECT COUNT(DISTINCT "citingPk") AS count FROM "Reference" WHERE "citedId" = ${id}`;
  return Number(row.count);
}
