/** How many cables carry a tag, spelled exactly as stored. */
import { prisma } from "@/lib/db/client";

export async function countCablesWithTag(tag: string): Promise<number> {
  return prisma.cableTag.count({ where: { tag } });
}
