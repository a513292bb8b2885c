/**
 * How often each cited id is cited, split into ids the archive holds (`/cited`) and ids it lacks
 * (`/wanted`), most cited first. One pass over the citedId index (covering: no table reads) with a
 * lookup in the unique id index per distinct id; at 250,000 cables that is a few hundred ms, so the
 * result is kept until the archive changes (lib/db/archive-cache.ts).
 * A citation is one REF entry: a cable listing one id twice counts twice, as "Cited by" lists it.
 */
import { cachedForArchive } from "@/lib/db/archive-cache";
import { prisma } from "@/lib/db/client";

export type CitationCount = { id: string; citations: number };
export type CitationCounts = { cited: CitationCount[]; wanted: CitationCount[] };

type Row = { id: string; citations: number | bigint; archived: number | bigint };

const byCitations = (a: CitationCount, b: CitationCount) => b.citations - a.citations || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function countCitations(): Promise<CitationCounts> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT r."citedId" AS id, COUNT(*) AS citations,
           EXISTS (SELECT 1 FROM "Cable" AS c WHERE c."id" = r."citedId") AS archived
    FROM "Reference" AS r
    WHERE r."citedId" IS NOT NULL
    GROUP BY r."citedId"`;
  const counts: CitationCounts = { cited: [], wanted: [] };
  for (const { id, citations, archived } of rows) {
    counts[Number(archived) ? "cited" : "wanted"].push({ id, citations: Number(citations) });
  }
  counts.cited.sort(byCitations);
  counts.wanted.sort(byCitations);
  return counts;
}

export function getCitationCounts(): Promise<CitationCounts> {
  return cachedForArchive("citation-counts", countCitations);
}
