/**
 * How often each cited id is cited, split into ids the archive holds (`/cited`) and ids it lacks
 * (`/wanted`), most cited first. One pass over the citedId index (covering: no table reads) with a
 * lookup in the unique id index per distinct id; at 250,000 cables that is a few hundred ms, so the
 * result is kept until the database changes (PRAGMA data_version moves when another connection,
 * an ingest, commits). While an ingest keeps committing, a result up to STALE_MS old is served,
 * so a long ingest costs one recount every STALE_MS at most.
 * A citation is one REF entry: a cable listing one id twice counts twice, as "Cited by" lists it.
 */
import { prisma } from "@/lib/db/client";

export type CitationCount = { id: string; citations: number };
export type CitationCounts = { cited: CitationCount[]; wanted: CitationCount[] };

export const STALE_MS = 15_000;

type Cached = { version: number; at: number; counts: CitationCounts };
const cache = globalThis as typeof globalThis & { cableArchiveCitationCounts?: Cached };

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

export async function getCitationCounts(now = Date.now()): Promise<CitationCounts> {
  const [{ data_version }] = await prisma.$queryRaw<{ data_version: number | bigint }[]>`PRAGMA data_version`;
  const version = Number(data_version);
  const cached = cache.cableArchiveCitationCounts;
  if (cached && (cached.version === version || now - cached.at < STALE_MS)) return cached.counts;
  const counts = await countCitations();
  cache.cableArchiveCitationCounts = { version, at: now, counts };
  return counts;
}
