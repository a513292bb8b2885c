/**
 * The cables of one result page, in the order given: list columns and tags, and with a query the
 * subject's hits, a body snippet (FTS5 snippet()) and the first paragraph with a hit. Runs for one
 * page of keys only, so its costs do not grow with the result set.
 */
import type Database from "better-sqlite3";
import { groupBy } from "@/lib/group-by";
import type { CableListItem } from "@/lib/queries/cable-list-item";
import { firstHitParagraph, type ParagraphText } from "@/lib/search/paragraph-hit";
import type { SearchTerm } from "@/lib/search/query";
import { HIT_END, HIT_START, SNIPPET_ELLIPSIS, hasHit, snippetSegments, type SnippetSegment } from "@/lib/search/snippet";

/** Tokens of body text a snippet shows around its hits. */
const SNIPPET_TOKENS = 24;
/** Columns of the "CableSearch" index. */
const SUBJECT_COLUMN = 0;
const TEXT_COLUMN = 1;

export type SearchResultItem = CableListItem & {
  /** The subject with the query's hits marked, when it has any. */
  subjectHits: SnippetSegment[] | null;
  /** Body text around the hits; null without a query or when the body has no hit. */
  snippet: SnippetSegment[] | null;
  /** Number of the first anchored paragraph with a hit: the result links to `#para-N`. */
  paragraph: string | null;
};

type CableRow = Omit<CableListItem, "tags" | "partial"> & { pk: number; partial: number };
type Marks = { pk: number; subject: string | null; snippet: string | null };

function json(keys: readonly number[]): string {
  return JSON.stringify(keys);
}

/** Rows grouped by cable key, in their order. */
const groupByKey = <Row extends { pk: number }>(rows: Row[]) => groupBy(rows, (row) => row.pk);

function segmentsWithHits(marked: string | null | undefined): SnippetSegment[] | null {
  if (!marked) return null;
  const segments = snippetSegments(marked);
  return hasHit(segments) ? segments : null;
}

export function pageItems(
  db: Database.Database,
  keys: readonly number[],
  query: { match: string; terms: readonly SearchTerm[] } | null,
): SearchResultItem[] {
  if (keys.length === 0) return [];
  const list = json(keys);
  const rows = db
    .prepare(
      `SELECT "pk", "slug", "id", "station", "serial", "date", "classification", "origin", "subject", "partial"
       FROM "Cable" WHERE "pk" IN (SELECT value FROM json_each(?))`,
    )
    .all(list) as CableRow[];
  const tags = groupByKey(
    db.prepare(`SELECT "cablePk" AS pk, "tag" FROM "CableTag" WHERE "cablePk" IN (SELECT value FROM json_each(?)) ORDER BY "tag"`).all(list) as {
      pk: number;
      tag: string;
    }[],
  );
  const marks = new Map<number, Marks>();
  let paragraphs = new Map<number, (ParagraphText & { pk: number })[]>();
  if (query) {
    const marked = db
      .prepare(
        `SELECT rowid AS pk,
           highlight("CableSearch", ${SUBJECT_COLUMN}, ?, ?) AS subject,
           snippet("CableSearch", ${TEXT_COLUMN}, ?, ?, ?, ${SNIPPET_TOKENS}) AS snippet
         FROM "CableSearch" WHERE "CableSearch" MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
      )
      .all(HIT_START, HIT_END, HIT_START, HIT_END, SNIPPET_ELLIPSIS, query.match, list) as Marks[];
    for (const row of marked) marks.set(row.pk, row);
    paragraphs = groupByKey(
      db
        .prepare(
          `SELECT "cablePk" AS pk, "number", "text" FROM "Paragraph"
           WHERE "cablePk" IN (SELECT value FROM json_each(?)) ORDER BY "cablePk", "position"`,
        )
        .all(list) as (ParagraphText & { pk: number })[],
    );
  }

  const byKey = new Map(rows.map((row) => [row.pk, row]));
  return keys.flatMap((key) => {
    const row = byKey.get(key);
    if (!row) return []; // deleted since the keys were read
    const mark = marks.get(key);
    return [
      {
        slug: row.slug,
        id: row.id,
        station: row.station,
        serial: row.serial,
        date: row.date,
        classification: row.classification,
        origin: row.origin,
        subject: row.subject,
        partial: Boolean(row.partial),
        tags: (tags.get(key) ?? []).map(({ tag }) => tag),
        subjectHits: segmentsWithHits(mark?.subject),
        snippet: segmentsWithHits(mark?.snippet),
        paragraph: query ? firstHitParagraph(paragraphs.get(key) ?? [], query.terms) : null,
      },
    ];
  });
}
