// The home page's and /origins' figures, read from the facet index, against the same figures counted in
// SQL on an archive of the seeds; and when they change after another connection writes.
import type Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/lib/db/open";
import { isoDay } from "@/lib/queries/per-facet-index";
import { RELOAD_INTERVAL_MS } from "@/lib/search/facet-index";
import { openTempArchive, type TempArchive } from "@/tests/helpers/temp-archive";

const loadQueries = async () => ({
  summary: await import("@/lib/queries/archive-summary"),
  origins: await import("@/lib/queries/origins-summary"),
  facets: await import("@/lib/queries/archive-facets"),
});

let archive: TempArchive<Awaited<ReturnType<typeof loadQueries>>>;
let queries: typeof archive.modules;
/** The test's own connection: the SQL counts to compare with, and writes the index must see. */
let db: Database.Database;

beforeAll(async () => {
  archive = await openTempArchive("figures", {}, loadQueries);
  queries = archive.modules;
  db = openDatabase(archive.file);
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(() => {
  db?.close();
  archive?.remove();
});

const sqlDay = (sql: string) => (db.prepare(sql).pluck().get() as string | null)?.slice(0, 10) ?? null;

describe("figures from the facet index", () => {
  it("the archive summary: the SQL count, undated count and date span", () => {
    const summary = queries.summary.getArchiveSummary();
    expect(summary).toEqual({
      cables: db.prepare(`SELECT count(*) FROM "Cable"`).pluck().get(),
      undated: db.prepare(`SELECT count(*) FROM "Cable" WHERE "date" IS NULL`).pluck().get(),
      firstDate: sqlDay(`SELECT min("date") FROM "Cable"`),
      lastDate: sqlDay(`SELECT max("date") FROM "Cable"`),
    });
    expect(summary).toEqual({ cables: 5, undated: 2, firstDate: "2005-03-14", lastDate: "2007-09-24" });
  });

  it("the origins: each post's SQL count and date span, most cables first", () => {
    const rows = db
      .prepare(`SELECT "origin", count(*) AS count, min("date") AS firstDate, max("date") AS lastDate
        FROM "Cable" WHERE "origin" IS NOT NULL GROUP BY "origin"`)
      .all() as { origin: string; count: number; firstDate: string | null; lastDate: string | null }[];
    const expected = rows
      .map((row) => ({ ...row, firstDate: row.firstDate?.slice(0, 10) ?? null, lastDate: row.lastDate?.slice(0, 10) ?? null }))
      .sort((a, b) => b.count - a.count || a.origin.localeCompare(b.origin));
    expect(expected.length).toBeGreaterThan(0);
    expect(queries.origins.getOriginSummaries()).toEqual(expected);
  });

  it.each([
    ["origins", `SELECT "origin" AS value, count(*) AS count FROM "Cable" WHERE "origin" IS NOT NULL GROUP BY value`],
    ["classifications", `SELECT "classification" AS value, count(*) AS count FROM "Cable" WHERE "classification" IS NOT NULL GROUP BY value`],
  ] as const)("the home page's %s: the SQL counts, unknown left out, most cables first", (facet, sql) => {
    const expected = (db.prepare(sql).all() as { value: string; count: number }[]).sort(
      (a, b) => b.count - a.count || a.value.localeCompare(b.value),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(queries.facets.getArchiveFacets()[facet]).toEqual(expected);
  });

  it("the home page's years: the SQL counts by the date's year, undated left out, newest first", () => {
    const expected = db
      .prepare(`SELECT substr("date", 1, 4) AS value, count(*) AS count FROM "Cable" WHERE "date" IS NOT NULL GROUP BY value ORDER BY value DESC`)
      .all();
    expect(expected.length).toBeGreaterThan(1);
    expect(queries.facets.getArchiveFacets().years).toEqual(expected);
  });

  it("the same object until the index reloads, then the archive's new figures", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const before = queries.origins.getOriginSummaries();
    expect(queries.origins.getOriginSummaries()).toBe(before);
    db.prepare(`UPDATE "Cable" SET "origin" = 'Embassy Quito' WHERE "slug" = '07LIMA218'`).run();
    try {
      // Within the reload interval the figures stay those of the lists they link to.
      expect(queries.origins.getOriginSummaries()).toBe(before);
      vi.setSystemTime(Date.now() + RELOAD_INTERVAL_MS + 1);
      const after = queries.origins.getOriginSummaries();
      expect(after.find(({ origin }) => origin === "Embassy Quito")).toEqual({
        origin: "Embassy Quito",
        count: 1,
        firstDate: "2007-01-26",
        lastDate: "2007-01-26",
      });
      expect(queries.summary.getArchiveSummary().cables).toBe(5);
    } finally {
      db.prepare(`UPDATE "Cable" SET "origin" = 'Embassy Lima' WHERE "slug" = '07LIMA218'`).run();
    }
  });
});

describe("isoDay", () => {
  it.each([
    [20070126, "2007-01-26"],
    [19661231, "1966-12-31"],
    [20100201, "2010-02-01"],
  ])("%i is %s", (day, iso) => {
    expect(isoDay(day)).toBe(iso);
  });
});
