/** Whether a cable page has a cable to show: the proxy asks before rendering. */
import { prisma } from "@/lib/db/client";

export async function cableExists(slug: string): Promise<boolean> {
  const row = await prisma.cable.findUnique({ where: { slug }, select: { pk: true } });
  return row !== null;
}
