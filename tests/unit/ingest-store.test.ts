// How stored cables follow their sources, with hand-made records (no parser involved).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest, type IngestEvent } from "@/lib/db/ingest";
import { readCableRecord } from "@/lib/db/cable-record";
import { openDatabase } from "@/lib/db/open";
import { cableSlug } from "@/lib/db/store-cable";
import { CableRecord } from "@/lib/record/schema";

function makeRecord(overrides: Partial<CableRecord> = {}): CableRecord {
  return CableRecord.parse({
    id: "07LIMA218",
    station: "LIMA",
    serial: 218,
    year: 2007,
    date: "2007-01-26T18:12:00Z",
    classification: "UNCLASSIFIED",
    origin: "Embassy Lima",
    subject: "EMBASSY GETS TO KNOW COCALERO LEADER",
    routing: {
      precedence: "P",
      dateTimeGroup: "261812Z JAN 07",
      from: "AMEMBASSY LIMA",
      to: [{ indicator: "RUEHC", name: "SECSTATE WASHDC", precedence: "PRIORITY", serial: "3713" }],
      info: [{ indicator: "RUEHBO", name: "AMEMBASSY BOGOTA", precedence: null, serial: "4297" }],
      transmission: ["VZCZCXYZ0010"],
    },
    tags: ["PREL", "SNAR"],
    references: [{ label: "A", text: "2006 LIMA 4766", id: "06LIMA4766", kind: "cable" }],
    paragraphs: [{ number: "1", classification: "SBU", text: "THE MAYORS MET THE AMBASSADOR." }],
    summary: null,
    comment: null,
    signer: "POWERS",
    caveats: ["SIPDIS"],
    executiveOrder: null,
    declassification: "N/A",
    classifiedBy: null,
    reason: null,
    section: null,
    partial: false,
    entities: [{ type: "PER", text: "EVO MORALES", count: 2 }],
    released: null,
    text: "UNCLAS LIMA 000218\nSUBJECT: EMBASSY GETS TO KNOW COCALERO LEADER\n1. (SBU) THE MAYORS MET THE AMBASSADOR.",
    source: { path: "/archive/000.txt", format: "telegram" },
    inferences: [],
    warnings: [],
    ...overrides,
  });
}

async function* items(...events: (CableRecord | { problem: string })[]): AsyncGenerator<IngestEvent> {
  for (const event of events) {
    if ("problem" in event) yield { kind: "problem", problem: { path: event.problem, reason: "binary file" }, bytes: 1 };
    else yield { kind: "record", record: event, bytes: 100 };
  }
}

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cable-archive-store-"));
  db = openDatabase(path.join(dir, "archive.db"));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
const cable = (slug: string) => db.prepare(`SELECT * FROM "Cable" WHERE slug = ?`).get(slug) as Record<string, unknown>;
/** The record as the pages read it back: the stored JSON with its texts restored from their columns. */
const storedRecord = (slug: string) => {
  const row = db.prepare(`SELECT pk, record, text FROM "Cable" WHERE slug = ?`).get(slug) as { pk: number; record: string; text: string };
  const paragraphs = db.prepare(`SELECT text FROM "Paragraph" WHERE "cablePk" = ? ORDER BY position`).all(row.pk) as { text: string }[];
  return readCableRecord({ ...row, paragraphs });
};

describe("storing records", () => {
  it("maps a record to its rows and keeps the record as JSON, its texts stored once", async () => {
    const record = makeRecord();
    const counts = await ingest(db, items(record));
    expect(counts).toMatchObject({ files: 1, stored: 1, updated: 0, unchanged: 0, rejected: 0 });
    const row = cable("07LIMA218");
    expect(storedRecord("07LIMA218")).toEqual(record);
    expect(row.record).not.toContain("THE MAYORS MET");
    expect(row).toMatchObject({ id: "07LIMA218", fromLine: "AMEMBASSY LIMA", partial: 0, year: 2007 });
    expect(db.prepare(`SELECT tag FROM "CableTag" ORDER BY tag`).pluck().all()).toEqual(["PREL", "SNAR"]);
    expect(db.prepare(`SELECT role, name FROM "Recipient" ORDER BY position`).all()).toEqual([
      { role: "TO", name: "SECSTATE WASHDC" },
      { role: "INFO", name: "AMEMBASSY BOGOTA" },
    ]);
    expect(db.prepare(`SELECT label, citedId, kind FROM "Reference"`).all()).toEqual([
      { label: "A", citedId: "06LIMA4766", kind: "cable" },
    ]);
    expect(count("Paragraph")).toBe(1);
    expect(count("Entity")).toBe(1);
    const hits = db.prepare(`SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH 'cocalero'`).all();
    expect(hits).toHaveLength(1);
  });

  it("stores a cable without a known year under a stable slug apart from every id", async () => {
    const record = makeRecord({ id: null, year: null, serial: 2158, source: { path: "/a/002.txt", format: "ner-html" } });
    expect(cableSlug(record)).toMatch(/^LIMA2158-[0-9a-f]{8}$/);
    expect(cableSlug({ ...record, source: { ...record.source, path: "/elsewhere/002.txt" } })).toBe(cableSlug(record));
    await ingest(db, items(record));
    expect(cable(cableSlug(record))).toMatchObject({ id: null, serial: 2158 });
  });

  it("keeps one cable for two sources of one id, with the fuller text, and records both sources", async () => {
    const partial = makeRecord({ partial: true, source: { path: "/a/extract.txt", format: "partial-extract" } });
    const full = makeRecord({ text: `${makeRecord().text}\n2. MORE.`, source: { path: "/a/full.txt", format: "telegram" } });
    const shorter = makeRecord({ text: "UNCLAS LIMA 000218", source: { path: "/a/short.txt", format: "telegram" } });
    const counts = await ingest(db, items(partial, full, shorter));
    expect(counts).toMatchObject({ stored: 1, updated: 1, merged: 1 });
    expect(count("Cable")).toBe(1);
    expect(count("Source")).toBe(3);
    expect(storedRecord("07LIMA218")).toEqual(full);
  });

  it("changes nothing on a second run of the same records", async () => {
    const records = [makeRecord(), makeRecord({ id: "07LIMA219", serial: 219, source: { path: "/a/1.txt", format: "telegram" } })];
    await ingest(db, items(...records));
    const before = db.prepare(`SELECT * FROM "Cable" ORDER BY pk`).all();
    const counts = await ingest(db, items(...records));
    expect(counts).toMatchObject({ stored: 0, updated: 0, unchanged: 2 });
    expect(db.prepare(`SELECT * FROM "Cable" ORDER BY pk`).all()).toEqual(before);
  });

  it("replaces a changed cable's rows, and drops a cable its only source no longer gives", async () => {
    await ingest(db, items(makeRecord()));
    const changed = makeRecord({ tags: ["PGOV"], paragraphs: [], subject: "NEW SUBJECT" });
    expect(await ingest(db, items(changed))).toMatchObject({ updated: 1 });
    expect(db.prepare(`SELECT tag FROM "CableTag"`).pluck().all()).toEqual(["PGOV"]);
    expect(count("Paragraph")).toBe(0);
    expect(db.prepare(`SELECT rowid FROM "CableSearch" WHERE "CableSearch" MATCH 'new'`).all()).toHaveLength(1);

    const renamed = makeRecord({ id: "07LIMA300", serial: 300 });
    expect(await ingest(db, items(renamed))).toMatchObject({ stored: 1 });
    expect(db.prepare(`SELECT slug FROM "Cable"`).pluck().all()).toEqual(["07LIMA300"]);
    expect(count("CableTag")).toBe(2);
  });

  it("reports problems, counts them as rejected and stores the rest", async () => {
    const problems: string[] = [];
    const counts = await ingest(db, items({ problem: "/a/broken.bin" }, makeRecord()), {
      onProblem: (problem) => problems.push(problem.path),
    });
    expect(problems).toEqual(["/a/broken.bin"]);
    expect(counts).toMatchObject({ files: 2, stored: 1, rejected: 1 });
  });

  it("keeps every committed batch when the input fails midway; a rerun stores the rest", async () => {
    const records = [1, 2, 3, 4, 5].map((serial) =>
      makeRecord({ id: `07LIMA${serial}`, serial, source: { path: `/a/${serial}.txt`, format: "telegram" } }),
    );
    async function* failing(): AsyncGenerator<IngestEvent> {
      yield* items(...records.slice(0, 3));
      throw new Error("disk gone");
    }
    await expect(ingest(db, failing(), { batchSize: 2 })).rejects.toThrow("disk gone");
    expect(count("Cable")).toBe(3);
    expect(await ingest(db, items(...records))).toMatchObject({ unchanged: 3, stored: 2 });
  });
});

describe("a record the database refuses", () => {
  it("is reported and undone alone; the rest of its batch is stored", async () => {
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON "Cable" WHEN new.id = '07LIMA2' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const records = [1, 2, 3].map((serial) =>
      makeRecord({ id: `07LIMA${serial}`, serial, source: { path: `/a/${serial}.txt`, format: "telegram" } }),
    );
    const problems: string[] = [];
    const counts = await ingest(db, items(...records), { onProblem: (problem) => problems.push(problem.reason) });
    expect(counts).toMatchObject({ stored: 2, rejected: 1 });
    expect(problems).toEqual(["not stored: refused"]);
    expect(db.prepare(`SELECT slug FROM "Cable" ORDER BY slug`).pluck().all()).toEqual(["07LIMA1", "07LIMA3"]);
    expect(count("Source")).toBe(2);
  });
});
