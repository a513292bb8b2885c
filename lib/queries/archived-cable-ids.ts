/** Which of some cable ids the archive holds: one statement for up to 500 ids, one more each 500 past that. */
import { prisma } from "@/lib/db/client";

/** Ids bound in one statement, well under SQLite's limit on bound values. */
const IDS_PER_STATEMENT = 500;

export async function getArchivedCableIds(ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += IDS_PER_STATEMENT) chunks.push(unique.slice(start, start + IDS_PER_STATEMENT));
  const rows = await Promise.all(chunks.map((chunk) => prisma.cable.findMany({ where: { id: { in: chunk } }, select: { id: true } })));
  return new Set(rows.flat().flatMap(({ id }) => (id === null ? [] : [id])));
}
