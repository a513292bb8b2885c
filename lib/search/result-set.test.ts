import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, type CableFilters } from "@/lib/queries/cable-filters";
import { buildFacetIndex } from "@/lib/search/facet-index";
import { evaluateResultSet } from "@/lib/search/result-set";

/** The columns the facet index reads, with a few cables (keys out of date order on purpose). */
const db = new Database(":memory:");
db.exec(`
  CREATE TABLE "Cable" ("pk" INTEGER PRIMARY KEY, "date" TEXT, "origin" TEXT, "classification" TEXT);
  CREATE TABLE "CableTag" ("cablePk" INTEGER, "tag" TEXT);
  INSERT INTO "Cable" VALUES
    (1, '2007-09-24T13:26:00Z', 'Embassy Lima', 'UNCLASSIFIED'),
    (2, '2005-03-14T21:05:00Z', 'Embassy Lima', 'CONFIDENTIAL'),
    (3, NULL, 'Embassy Quito', 'CONFIDENTIAL'),
    (4, '2007-01-26T00:00:00Z', NULL, NULL),
    (5, '2007-12-31T23:59:00Z', 'Embassy Quito', 'SECRET');
  INSERT INTO "CableTag" VALUES (1, 'SNAR'), (1, 'PE'), (2, 'SNAR'), (3, 'Country Visits'), (4, 'PE'), (5, 'SNAR'),
    (2, 'COUNTRY VISITS'), (5, 'COUNTRY VISITS'), (5, 'country visits');
`);
const index = buildFacetIndex(db);
afterAll(() => db.close());

const keys = (filters: Partial<CableFilters>, candidates: number[] | null = null) => {
  const positions = candidates && Int32Array.from(candidates.map(index.positionOf)).sort();
  return Array.from(evaluateResultSet(index, { ...DEFAULT_FILTERS, ...filters }, positions).positions, (position) => index.pk[position]);
};

const named = (values: string[], counts: Uint32Array) =>
  Object.fromEntries(values.flatMap((value, id) => (id > 0 && counts[id] > 0 ? [[value, counts[id]]] : [])));

const CASES: { name: string; filters: Partial<CableFilters>; candidates?: number[]; cables: number[] }[] = [
  { name: "everything, by date, undated last", filters: {}, cables: [2, 4, 1, 5, 3] },
  { name: "a tag", filters: { tag: ["SNAR"] }, cables: [2, 1, 5] },
  { name: "two tags, both required", filters: { tag: ["SNAR", "PE"] }, cables: [1] },
  { name: "a tag in any case, each spelling", filters: { tag: ["Country visits"] }, cables: [2, 5, 3] },
  { name: "a tag twice, in two spellings", filters: { tag: ["country visits", "COUNTRY VISITS"] }, cables: [2, 5, 3] },
  { name: "an unknown tag", filters: { tag: ["NOSUCH"] }, cables: [] },
  { name: "an origin", filters: { origin: "Embassy Quito" }, cables: [5, 3] },
  { name: "a classification", filters: { classification: "CONFIDENTIAL" }, cables: [2, 3] },
  { name: "a date range, last day whole, undated out", filters: { from: "2007-01-26", to: "2007-12-31" }, cables: [4, 1, 5] },
  { name: "only from", filters: { from: "2007-02-01" }, cables: [1, 5] },
  { name: "within the query's matches", filters: { tag: ["SNAR"] }, candidates: [1, 3, 5], cables: [1, 5] },
];

describe("evaluateResultSet", () => {
  it.each(CASES)("$name", ({ filters, candidates, cables }) => {
    expect(keys(filters, candidates ?? null)).toEqual(cables);
  });

  it("counts the set by tag, origin, classification and month", () => {
    const set = evaluateResultSet(index, { ...DEFAULT_FILTERS, tag: ["SNAR"] }, null);
    // Cable 5 carries two spellings of COUNTRY VISITS: it counts once.
    expect(named(index.foldNames, set.foldCounts)).toEqual({ SNAR: 3, PE: 1, "COUNTRY VISITS": 2 });
    expect(named(index.origins, set.originCounts)).toEqual({ "Embassy Lima": 2, "Embassy Quito": 1 });
    expect(named(index.classifications, set.classificationCounts)).toEqual({ UNCLASSIFIED: 1, CONFIDENTIAL: 1, SECRET: 1 });
    expect([...set.monthCounts]).toEqual([
      [200503, 1],
      [200709, 1],
      [200712, 1],
    ]);
    expect(set.undated).toBe(0);
  });
});

describe("the facet index's folded tags", () => {
  it("counts each stored spelling's cables", () => {
    expect(named(index.tags, index.tagCables)).toEqual({ SNAR: 3, PE: 2, "Country Visits": 1, "COUNTRY VISITS": 2, "country visits": 1 });
  });

  it("names each folded tag by its most used spelling and finds it by any", () => {
    expect(index.foldNames.slice(1).sort()).toEqual(["COUNTRY VISITS", "PE", "SNAR"]);
    for (const spelling of ["Country Visits", "COUNTRY VISITS", "country visits", "cOUNTRY vISITS"]) {
      expect(index.foldNames[index.foldOf(spelling)], spelling).toBe("COUNTRY VISITS");
    }
    expect(index.foldOf("NOSUCH")).toBe(0);
  });

  it("breaks a tie between spellings in code-unit order, capitals first", () => {
    const tied = new Database(":memory:");
    tied.exec(`
      CREATE TABLE "Cable" ("pk" INTEGER PRIMARY KEY, "date" TEXT, "origin" TEXT, "classification" TEXT);
      CREATE TABLE "CableTag" ("cablePk" INTEGER, "tag" TEXT);
      INSERT INTO "Cable" VALUES (1, NULL, NULL, NULL), (2, NULL, NULL, NULL);
      INSERT INTO "CableTag" VALUES (1, 'Economy'), (2, 'ECONOMY');
    `);
    expect(buildFacetIndex(tied).foldNames).toEqual(["", "ECONOMY"]);
    tied.close();
  });

  it("keeps each cable's first tag of a fold and zeroes its repeats", () => {
    const folds = (key: number) => {
      const position = index.positionOf(key);
      return Array.from(index.cableFolds.subarray(index.tagStart[position], index.tagStart[position + 1]), (fold) => index.foldNames[fold]);
    };
    expect(folds(5).sort()).toEqual(["", "COUNTRY VISITS", "SNAR"]);
    expect(folds(1).sort()).toEqual(["PE", "SNAR"]);
  });
});
