/**
 * One page of search results: cables of the result set in relevance order (bm25, subject weighted
 * above body) or by date, each with a highlighted snippet and the paragraph its first hit is in.
 *
 * Two steps so the costly parts run for one page only: first the page's keys in order (the index
 * and the filter columns only), then the rows, tags, snippets and paragraphs of those keys.
 */
import { PAGE_SIZE } from "@/lib/queries/cable-filters";
import type { CableListItem } from "@/lib/queries/cable-list-item";
import { firstHitParagraph } from "@/lib/search/paragraph-hit";
import type { SearchTerm } from "@/lib/search/query";
import { HIT_END, HIT_START, SNIPPET_ELLIPSIS, hasHit, snippetSegments, type SnippetSegment } from "@/lib/search/snippet";
import { placeholders, queryRows } from "@/lib/search/sql";
import { filterCondition, resultSetCondition, type ResultSet, type SqlParam } from "@/lib/search/where";

export const SEARCH_SORTS = ["relevance", "desc", "asc"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** bm25 weights of the index's columns (subject, text): a word in the subject says more. */
const SUBJECT_WEIGHT = 10;
const TEXT_WEIGHT = 1;
/** Tokens of body text a snippet shows around its hits. */
const SNIPPET_TOKENS = 24;
const TEXT_COLUMN = 1;
const SUBJECT_COLUMN = 0;

export type SearchResultItem = CableListItem & {
  /** The subject with the query's hits marked, when it has any. */
  subjectHits: SnippetSegment[] | null;
  /** Body text around the hits; null without a query or when the hits are in the subject only. */
  snippet: SnippetSegment[] | null;
  /** Number of the first anchored paragraph with a hit: the result links to `#para-N`. */
  paragraph: string | null;
};

export type SearchPageRequest = { set: ResultSet; terms: readonly SearchTerm[]; sort: SearchSort; page: number };

type CableRow = Omit<CableListItem, "tags" | "partial"> & { pk: number; partial: number | boolean };

/** The page's keys, in order. Without filters a ranked search reads the index alone. */
function pageKeysQuery({ set, sort, page }: SearchPageRequest): { sql: string; params: SqlParam[] } {
  const limit = [PAGE_SIZE, (page - 1) * PAGE_SIZE];
  if (set.match !== null && sort === "relevance") {
    const filters = filterCondition(set);
    const join = filters.sql === "1" ? "" : `JOIN "Cable" c ON c."pk" = "CableSearch".rowid AND ${filters.sql}`;
    return {
      sql: `SELECT "CableSearch".rowid AS pk FROM "CableSearch" ${join}
        WHERE "CableSearch" MATCH ?
        ORDER BY bm25("CableSearch", ${SUBJECT_WEIGHT}, ${TEXT_WEIGHT}), "CableSearch".rowid
        LIMIT ? OFFSET ?`,
      params: [...filters.params, set.match, ...limit],
    };
  }
  const where = resultSetCondition(set);
  // Descending puts cables of unknown date last by itself; ascending needs it said.
  const order = sort === "asc" ? `c."date" ASC NULLS LAST, c."pk" ASC` : `c."date" DESC, c."pk" DESC`;
  return { sql: `SELECT c."pk" FROM "Cable" c WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, params: [...where.params, ...limit] };
}

type Extras = {
  tags: Map<number, string[]>;
  marks: Map<number, { subject: string | null; snippet: string }>;
  paragraphs: Map<number, { number: string | null; text: string }[]>;
};

async function pageExtras(keys: number[], match: string | null, terms: readonly SearchTerm[]): Promise<Extras> {
  const inList = placeholders(keys.length);
  const [tagRows, markRows, paragraphRows] = await Promise.all([
    queryRows<{ pk: number; tag: string }>(
      `SELECT "cablePk" AS pk, "tag" FROM "CableTag" WHERE "cablePk" IN (${inList}) ORDER BY "tag"`,
      keys,
    ),
    match === null
      ? []
      : queryRows<{ pk: number; subject: string | null; snippet: string }>(
          `SELECT rowid AS pk,
             highlight("CableSearch", ${SUBJECT_COLUMN}, ?, ?) AS subject,
             snippet("CableSearch", ${TEXT_COLUMN}, ?, ?, ?, ${SNIPPET_TOKENS}) AS snippet
           FROM "CableSearch" WHERE "CableSearch" MATCH ? AND rowid IN (${inList})`,
          [HIT_START, HIT_END, HIT_START, HIT_END, SNIPPET_ELLIPSIS, match, ...keys],
        ),
    terms.length === 0
      ? []
      : queryRows<{ pk: number; number: string | null; text: string }>(
          `SELECT "cablePk" AS pk, "number", "text" FROM "Paragraph" WHERE "cablePk" IN (${inList}) ORDER BY "cablePk", "position"`,
          keys,
        ),
  ]);
  const tags = new Map<number, string[]>();
  for (const { pk, tag } of tagRows) tags.set(Number(pk), [...(tags.get(Number(pk)) ?? []), tag]);
  const paragraphs = new Map<number, { number: string | null; text: string }[]>();
  for (const { pk, number, text } of paragraphRows) paragraphs.set(Number(pk), [...(paragraphs.get(Number(pk)) ?? []), { number, text }]);
  return { tags, paragraphs, marks: new Map(markRows.map((row) => [Number(row.pk), row])) };
}

function segmentsWithHits(marked: string | null | undefined): SnippetSegment[] | null {
  if (!marked) return null;
  const segments = snippetSegments(marked);
  return hasHit(segments) ? segments : null;
}

export async function searchCables(request: SearchPageRequest): Promise<SearchResultItem[]> {
  const keyQuery = pageKeysQuery(request);
  const keys = (await queryRows<{ pk: number | bigint }>(keyQuery.sql, keyQuery.params)).map((row) => Number(row.pk));
  if (keys.length === 0) return [];
  const [rows, extras] = await Promise.all([
    queryRows<CableRow>(
      `SELECT "pk", "slug", "id", "station", "serial", "date", "classification", "origin", "subject", "partial"
       FROM "Cable" WHERE "pk" IN (${placeholders(keys.length)})`,
      keys,
    ),
    pageExtras(keys, request.set.match, request.terms),
  ]);
  const byKey = new Map(rows.map((row) => [Number(row.pk), row]));
  return keys.flatMap((key) => {
    const row = byKey.get(key);
    if (!row) return []; // deleted between the two steps
    const marks = extras.marks.get(key);
    return [
      {
        slug: row.slug,
        id: row.id,
        station: row.station,
        serial: row.serial === null ? null : Number(row.serial),
        date: row.date,
        classification: row.classification,
        origin: row.origin,
        subject: row.subject,
        partial: Boolean(row.partial),
        tags: extras.tags.get(key) ?? [],
        subjectHits: segmentsWithHits(marks?.subject),
        snippet: segmentsWithHits(marks?.snippet),
        paragraph: firstHitParagraph(extras.paragraphs.get(key) ?? [], request.terms),
      },
    ];
  });
}
