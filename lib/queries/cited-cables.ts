/** `/cited`: one page of the archive's most cited cables, with how many citations each has. */
import { prisma } from "@/lib/db/client";
import { getCitationCounts, type CitationCount } from "@/lib/queries/cited-counts";

export const CITED_PAGE_SIZE = 50;

export type CitationRanking<Item> = { items: Item[]; total: number; page: number; pageCount: number; pageSize: number };

/** One page of a ranking; the page number is the caller's, clamped by nothing (past the end is empty). */
export function rankingPage(counts: CitationCount[], page: number): CitationRanking<CitationCount> {
  const start = (page - 1) * CITED_PAGE_SIZE;
  return {
    items: counts.slice(start, start + CITED_PAGE_SIZE),
    total: counts.length,
    page,
    pageCount: Math.max(1, Math.ceil(counts.length / CITED_PAGE_SIZE)),
    pageSize: CITED_PAGE_SIZE,
  };
}

const citedCableSelect = { slug: true, id: true, date: true, origin: true, subject: true } as const;

export type CitedCable = { slug: string; id: string; date: string | null; origin: string | null; subject: string | null; citations: number };

export async function getMostCitedCables(page: number): Promise<CitationRanking<CitedCable>> {
  const ranking = rankingPage((await getCitationCounts()).cited, page);
  const rows = await prisma.cable.findMany({
    where: { id: { in: ranking.items.map(({ id }) => id) } },
    select: citedCableSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A cable deleted since the counts were taken drops out of this page.
  const items = ranking.items.flatMap(({ id, citations }) => {
    const row = byId.get(id);
    return row ? [{ ...row, id, citations }] : [];
  });
  return { ...ranking, items };
}
