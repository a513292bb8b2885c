/** Which of some cable ids are in the archive: a REF list marks the references a reader can open. */
import { prisma } from "@/lib/db/client";

export async function getArchivedIds(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await prisma.cable.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true } });
  return new Set(rows.flatMap((row) => (row.id === null ? [] : [row.id])));
}
