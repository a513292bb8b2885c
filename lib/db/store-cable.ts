/**
 * The one place that knows how a CableRecord maps to rows: the Cable row (with the record as JSON, its
 * texts left to their columns: lib/db/cable-record.ts), its tags, references, paragraphs, routing recipients and entities, and the Source it came
 * from. Writes go through prepared better-sqlite3 statements, so a bulk ingest runs them in batched
 * transactions; the web reads the same tables through Prisma. Sources found gone from their inputs are
 * removed here too (lib/db/gone-sources.ts finds them).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type Database from "better-sqlite3";
import type { SourceProblem } from "@/lib/adapters/types";
import { storedRecordJson } from "@/lib/db/cable-record";
import type { CableRecord } from "@/lib/record/schema";

/** What storing one record did. */
export type StoreOutcome =
  | "stored" // a new cable
  | "updated" // the cable's content was replaced by this record
  | "unchanged" // this source gave the same record as last time
  | "merged" // another source already gives this cable more fully: this source is recorded beside it
  // The source that held the cable's content gives less now, and the cable has other sources: nothing is
  // written; the cable's other sources are read again later (lib/db/held-records.ts).
  | "held";

/** Characters of the source hash in the slug of a cable whose year, hence id, is unknown. */
const SLUG_HASH_CHARS = 8;

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Where a Source row came from: an absolute path, and row 0 for a whole file. */
export interface SourceKey {
  path: string;
  row: number;
}

/** Source key: the absolute path, so the same file named two ways is one source; row 0 for a whole file. */
export function sourceKey(source: { path: string; row?: number }): SourceKey {
  return { path: path.resolve(source.path), row: source.row ?? 0 };
}

/** The problem reported for a record whose storing failed (its savepoint undone): the record is rejected. */
function notStoredProblem(record: CableRecord, error: unknown): SourceProblem {
  const { path: file, row } = record.source;
  const reason = `not stored: ${error instanceof Error ? error.message : String(error)}`;
  return row === undefined ? { path: file, reason } : { path: file, row, reason };
}

/**
 * Writes one record in a savepoint of its own (nested in the caller's transaction) and counts what it
 * did; one whose writing throws is undone alone, counted rejected and reported. Undefined then.
 */
export function createRecordWriter(
  db: Database.Database,
  counts: Record<StoreOutcome | "rejected", number>,
  onProblem?: (problem: SourceProblem) => void,
): (record: CableRecord, write: () => StoreOutcome) => StoreOutcome | undefined {
  const savepoint = db.transaction((write: () => StoreOutcome) => write());
  return (record, write) => {
    try {
      const outcome = savepoint(write);
      counts[outcome] += 1;
      return outcome;
    } catch (error) {
      counts.rejected += 1;
      onProblem?.(notStoredProblem(record, error));
      return undefined;
    }
  };
}

/**
 * The hash of the whole record, so a rerun over rows stored in an older layout finds them unchanged;
 * with the source's path resolved, as its key is, so a rerun naming the same files another way
 * ("seeds" or "/srv/archive/seeds") finds them unchanged too. A database ingested under the previous
 * hash (the path as given) rewrites each cable once on its next run: no data lost, one slow rerun.
 */
function recordHash(record: CableRecord): string {
  return sha256(JSON.stringify({ ...record, source: { ...record.source, path: path.resolve(record.source.path) } }));
}

/**
 * The cable's URL key: its canonical id, or for a cable without a known year, station and serial
 * plus a hash of the file name and row. The file name, not its folder, so the slug survives a move of
 * the archive; the "-" keeps it apart from every canonical id.
 */
export function cableSlug(record: CableRecord): string {
  if (record.id) return record.id;
  const known = `${record.station ?? "UNKNOWN"}${record.serial ?? ""}`;
  const where = `${path.basename(record.source.path)}#${record.source.row ?? 0}`;
  return `${known}-${sha256(where).slice(0, SLUG_HASH_CHARS)}`;
}

/** How full a record or a stored cable is: a full text (partial 0) or an extract, and its length. */
interface Fullness {
  partial: number;
  textLength: number;
}

const fullness = (record: CableRecord): Fullness => ({ partial: record.partial ? 1 : 0, textLength: record.text.length });

/** Fuller text wins when two sources give one cable: a full text over a partial extract, then the longer. */
function isFuller(candidate: Fullness, current: Fullness): boolean {
  if (candidate.partial !== current.partial) return candidate.partial < current.partial;
  return candidate.textLength > current.textLength;
}

interface SourceRow {
  contentHash: string;
  cablePk: number;
}

interface CableRow extends Fullness {
  pk: number;
  recordHash: string;
  sources: number;
}

const CABLE_COLUMNS = [
  "slug",
  "id",
  "station",
  "serial",
  "year",
  "date",
  "classification",
  "origin",
  "subject",
  "precedence",
  "dateTimeGroup",
  "fromLine",
  "summary",
  "comment",
  "signer",
  "executiveOrder",
  "declassification",
  "classifiedBy",
  "reason",
  "section",
  "partial",
  "released",
  "text",
  "record",
  "recordHash",
] as const;
type CableColumns = Record<(typeof CABLE_COLUMNS)[number], string | number | null>;

function cableColumns(record: CableRecord, slug: string, hash: string): CableColumns {
  return {
    slug,
    id: record.id,
    station: record.station,
    serial: record.serial,
    year: record.year,
    date: record.date,
    classification: record.classification,
    origin: record.origin,
    subject: record.subject,
    precedence: record.routing?.precedence ?? null,
    dateTimeGroup: record.routing?.dateTimeGroup ?? null,
    fromLine: record.routing?.from ?? null,
    summary: record.summary,
    comment: record.comment,
    signer: record.signer,
    executiveOrder: record.executiveOrder,
    declassification: record.declassification,
    classifiedBy: record.classifiedBy,
    reason: record.reason,
    section: record.section,
    partial: record.partial ? 1 : 0,
    released: record.released,
    text: record.text,
    record: storedRecordJson(record),
    recordHash: hash,
  };
}

const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(", ");
const named = (columns: readonly string[]) => columns.map((column) => `@${column}`).join(", ");

function prepareStatements(db: Database.Database) {
  const cableUpdates = CABLE_COLUMNS.filter((column) => column !== "slug")
    .map((column) => `"${column}" = @${column}`)
    .join(", ");
  const childTables = ["CableTag", "Paragraph", "Recipient", "Entity"] as const;
  return {
    sourceByKey: db.prepare<[string, number], SourceRow>(
      `SELECT "contentHash", "cablePk" FROM "Source" WHERE "path" = ? AND "row" = ?`,
    ),
    cableBySlug: db.prepare<[string], CableRow>(
      `SELECT "pk", "recordHash", "partial", length("text") AS "textLength",
              (SELECT count(*) FROM "Source" WHERE "cablePk" = "Cable"."pk") AS "sources"
       FROM "Cable" WHERE "slug" = ?`,
    ),
    insertCable: db.prepare<[CableColumns]>(
      `INSERT INTO "Cable" (${quoted(CABLE_COLUMNS)}) VALUES (${named(CABLE_COLUMNS)})`,
    ),
    updateCable: db.prepare<[CableColumns & { pk: number }]>(`UPDATE "Cable" SET ${cableUpdates} WHERE "pk" = @pk`),
    deleteChildren: [
      ...childTables.map((table) => db.prepare<[number]>(`DELETE FROM "${table}" WHERE "cablePk" = ?`)),
      db.prepare<[number]>(`DELETE FROM "Reference" WHERE "citingPk" = ?`),
    ],
    insertTag: db.prepare<[number, string]>(`INSERT OR IGNORE INTO "CableTag" ("cablePk", "tag") VALUES (?, ?)`),
    insertReference: db.prepare<[number, number, string | null, string, string | null, string]>(
      `INSERT INTO "Reference" ("citingPk", "position", "label", "text", "citedId", "kind") VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertParagraph: db.prepare<[number, number, string | null, string | null, string]>(
      `INSERT INTO "Paragraph" ("cablePk", "position", "number", "classification", "text") VALUES (?, ?, ?, ?, ?)`,
    ),
    insertRecipient: db.prepare<[number, number, string, string | null, string, string | null, string | null]>(
      `INSERT INTO "Recipient" ("cablePk", "position", "role", "indicator", "name", "precedence", "serial")
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    // The same entity named twice is counted once, with both counts.
    insertEntity: db.prepare<[number, string, string, number]>(
      `INSERT INTO "Entity" ("cablePk", "type", "text", "count") VALUES (?, ?, ?, ?)
       ON CONFLICT ("cablePk", "type", "text") DO UPDATE SET "count" = "count" + excluded."count"`,
    ),
    upsertSource: db.prepare<[string, number, string, string, number, string]>(
      `INSERT INTO "Source" ("path", "row", "format", "contentHash", "cablePk", "ingestedAt") VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT ("path", "row") DO UPDATE SET "format" = excluded."format",
         "contentHash" = excluded."contentHash", "cablePk" = excluded."cablePk", "ingestedAt" = excluded."ingestedAt"`,
    ),
    deleteOrphanCable: db.prepare<[{ pk: number }]>(
      `DELETE FROM "Cable" WHERE "pk" = @pk AND NOT EXISTS (SELECT 1 FROM "Source" WHERE "cablePk" = @pk)`,
    ),
    deleteSource: db.prepare<[string, number]>(`DELETE FROM "Source" WHERE "path" = ? AND "row" = ?`),
  };
}

export type CableStore = ReturnType<typeof createCableStore>;

/** Stores records into `db`; call `store` inside a transaction to batch. */
export function createCableStore(db: Database.Database) {
  const sql = prepareStatements(db);

  function insertChildren(pk: number, record: CableRecord): void {
    for (const tag of record.tags) sql.insertTag.run(pk, tag);
    record.references.forEach((reference, position) =>
      sql.insertReference.run(pk, position, reference.label, reference.text, reference.id, reference.kind),
    );
    record.paragraphs.forEach((paragraph, position) =>
      sql.insertParagraph.run(pk, position, paragraph.number, paragraph.classification, paragraph.text),
    );
    const recipients = [
      ...(record.routing?.to ?? []).map((recipient) => ({ role: "TO", ...recipient })),
      ...(record.routing?.info ?? []).map((recipient) => ({ role: "INFO", ...recipient })),
    ];
    recipients.forEach((recipient, position) =>
      sql.insertRecipient.run(
        pk,
        position,
        recipient.role,
        recipient.indicator,
        recipient.name,
        recipient.precedence,
        recipient.serial,
      ),
    );
    for (const entity of record.entities) sql.insertEntity.run(pk, entity.type, entity.text, entity.count);
  }

  function replaceContent(pk: number, columns: CableColumns, record: CableRecord): void {
    sql.updateCable.run({ ...columns, pk });
    for (const statement of sql.deleteChildren) statement.run(pk);
    insertChildren(pk, record);
  }

  function store(record: CableRecord): StoreOutcome {
    const hash = recordHash(record);
    const key = sourceKey(record.source);
    const previous = sql.sourceByKey.get(key.path, key.row);
    if (previous?.contentHash === hash) return "unchanged";

    const slug = cableSlug(record);
    const cable = sql.cableBySlug.get(slug);
    // The cable's content came from this source when the source's last record is what it holds.
    const heldByThisSource = cable !== undefined && previous?.cablePk === cable.pk && previous.contentHash === cable.recordHash;
    if (heldByThisSource && cable.sources > 1 && isFuller(cable, fullness(record))) return "held";
    const columns = cableColumns(record, slug, hash);
    let pk: number;
    let outcome: StoreOutcome;
    if (!cable) {
      pk = Number(sql.insertCable.run(columns).lastInsertRowid);
      insertChildren(pk, record);
      outcome = "stored";
    } else {
      pk = cable.pk;
      if (heldByThisSource || cable.sources === 0 || isFuller(fullness(record), cable)) {
        replaceContent(pk, columns, record);
        outcome = "updated";
      } else {
        outcome = "merged";
      }
    }
    sql.upsertSource.run(key.path, key.row, record.source.format, hash, pk, new Date().toISOString());
    // A source that now gives another cable (its file was edited) leaves its old cable; drop it if alone.
    if (previous && previous.cablePk !== pk) sql.deleteOrphanCable.run({ pk: previous.cablePk });
    return outcome;
  }

  /** Removes a gone source, and its cable when no other source gives it (its rows and index entry go with it). */
  function removeSource(source: SourceKey & { cablePk: number }): { cableRemoved: boolean } {
    sql.deleteSource.run(source.path, source.row);
    return { cableRemoved: sql.deleteOrphanCable.run({ pk: source.cablePk }).changes > 0 };
  }

  /**
   * Gives a cable the content of the fullest of `records`, read again from its sources (the first on a
   * tie), and records what each of them that gives this cable now gives, as storing them would.
   * Undefined when none of them gives this cable now (edited since, or unreadable): the content stays.
   */
  function restore(cable: { pk: number; slug: string }, records: readonly CableRecord[]): CableRecord | undefined {
    const candidates = records.filter((record) => cableSlug(record) === cable.slug);
    if (candidates.length === 0) return undefined;
    const fullest = candidates.reduce((best, record) => (isFuller(fullness(record), fullness(best)) ? record : best));
    const ingestedAt = new Date().toISOString();
    for (const record of candidates) {
      const hash = recordHash(record);
      if (record === fullest) replaceContent(cable.pk, cableColumns(record, cable.slug, hash), record);
      const key = sourceKey(record.source);
      sql.upsertSource.run(key.path, key.row, record.source.format, hash, cable.pk, ingestedAt);
    }
    return fullest;
  }

  return { store, removeSource, restore };
}
