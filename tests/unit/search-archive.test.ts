// Search, facets, timeline and the JSON API against a temporary archive of the seeds (and the
// markup fixture), ingested with the real pipeline.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, type CableFilters } from "@/lib/queries/cable-filters";
import type { SearchOutcome, SearchSort } from "@/lib/queries/search-archive";
import { CablesApiResponse } from "@/lib/search/api-schema";
import { parseSearchQuery } from "@/lib/search/query";

let dir: string;
let db: Database.Database;
let modules: {
  searchArchive: typeof import("@/lib/queries/search-archive").searchArchive;
  answerCablesApi: typeof import("@/lib/search/cables-api").answerCablesApi;
  answerCableApi: typeof import("@/lib/search/cable-api").answerCableApi;
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "search-archive-"));
  // Set before the modules that open the database are loaded.
  process.env.DATABASE_URL = `file:${path.join(dir, "archive.db")}`;
  const [{ openDatabase }, { ingest }, { readInputs }] = await Promise.all([
    import("@/lib/db/open"),
    import("@/lib/db/ingest"),
    import("@/lib/pipeline"),
  ]);
  db = openDatabase();
  await ingest(db, readInputs(["seeds", "tests/e2e/fixtures"]));
  modules = {
    searchArchive: (await import("@/lib/queries/search-archive")).searchArchive,
    answerCablesApi: (await import("@/lib/search/cables-api")).answerCablesApi,
    answerCableApi: (await import("@/lib/search/cable-api")).answerCableApi,
  };
});

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function search(q: string | null, filters: Partial<CableFilters> = {}, sort: SearchSort = q ? "relevance" : "desc"): Promise<SearchOutcome> {
  const query = q === null ? null : parseSearchQuery(q);
  if (query && !query.ok) throw new Error(query.message);
  return modules.searchArchive({ filters: { ...DEFAULT_FILTERS, ...filters }, query, sort });
}

const names = (outcome: SearchOutcome) => outcome.items.map((item) => item.id ?? item.slug.replace(/-.*/, ""));

const LISTS: { name: string; q: string | null; filters?: Partial<CableFilters>; sort?: SearchSort; cables: string[] }[] = [
  { name: "a word, subject hit ranked first", q: "cocalero", filters: { tag: ["SNAR"] }, cables: ["07LIMA218", "LIMA2158", "07LIMA3229"] },
  { name: "a phrase, subject hit first", q: '"coca growers"', cables: ["07LIMA3229", "LIMA2158", "LIMA1409"] },
  { name: "a phrase is not its words in any order", q: '"growers coca"', cables: [] },
  { name: "a prefix", q: "narcotraffick*", cables: ["LIMA2158", "07LIMA218"] },
  { name: "NOT removes", q: "cocaleros -palomino", cables: ["LIMA2158", "LIMA1409"] },
  { name: "OR joins, subject hits first", q: "opium OR visa", cables: ["08LIMA100", "05LIMA1246", "LIMA1409"] },
  { name: "query with date range", q: "cocalero", filters: { from: "2007-01-01", to: "2007-03-31" }, cables: ["07LIMA218"] },
  { name: "filters alone, oldest first, undated last", q: null, filters: { tag: ["SNAR"] }, sort: "asc", cables: ["05LIMA1246", "07LIMA218", "07LIMA3229", "LIMA2158", "LIMA1409"] },
  { name: "filters alone, newest first, undated last", q: null, filters: { tag: ["SNAR", "PREL"] }, cables: ["07LIMA218", "05LIMA1246", "LIMA1409"] },
  { name: "query by date", q: "cocalero", sort: "asc", cables: ["07LIMA218", "07LIMA3229", "LIMA2158"] },
  { name: "origin and classification", q: null, filters: { origin: "Embassy Lima", classification: "CONFIDENTIAL" }, cables: ["05LIMA1246", "LIMA2158"] },
  { name: "unknown tag matches nothing", q: null, filters: { tag: ["NOSUCH"] }, cables: [] },
  { name: "no match", q: "zzyzx", cables: [] },
];

describe("searchArchive lists", () => {
  it.each(LISTS)("$name", async ({ q, filters, sort, cables }) => {
    const outcome = await search(q, filters, sort);
    expect(names(outcome)).toEqual(cables);
    expect(outcome.total).toBe(cables.length);
  });
});

describe("searchArchive filters then matches, or matches then filters, with the same outcome", () => {
  const COMBINATIONS: { q: string; filters: Partial<CableFilters>; sort?: SearchSort }[] = [
    { q: "cocalero", filters: { tag: ["SNAR"] } },
    { q: "coca", filters: { classification: "CONFIDENTIAL" } },
    { q: "coca OR opium", filters: { tag: ["PREL"] }, sort: "asc" },
    { q: "peru", filters: { from: "2005-01-01", origin: "Embassy Lima" }, sort: "desc" },
    { q: "cocaleros -palomino", filters: { tag: ["PGOV", "PE"] } },
  ];
  it.each(COMBINATIONS)("$q with $filters", async ({ q, filters, sort }) => {
    const query = parseSearchQuery(q);
    if (!query.ok) throw new Error(query.message);
    const request = { filters: { ...DEFAULT_FILTERS, ...filters }, query, sort: sort ?? ("relevance" as const) };
    const filterFirst = await modules.searchArchive({ ...request, filterFirstLimit: Number.POSITIVE_INFINITY });
    const matchFirst = await modules.searchArchive({ ...request, filterFirstLimit: 0 });
    expect(filterFirst.total).toBeGreaterThan(0);
    expect(matchFirst).toEqual(filterFirst);
  });
});

describe("searchArchive marks hits", () => {
  it("highlights the subject, snippets the body and links the first paragraph with a hit", async () => {
    const [first] = (await search("cocalero")).items;
    expect(first.subjectHits?.filter((segment) => segment.hit).map((segment) => segment.text)).toEqual(["COCALERO"]);
    expect(first.snippet?.some((segment) => segment.hit && /cocalero/i.test(segment.text))).toBe(true);
    expect(first.paragraph).toBe("1");
  });

  it("keeps markup in a subject as text segments", async () => {
    const [item] = (await search("markup")).items;
    expect(item.subjectHits).toEqual([
      { text: "WEB FORM QUOTED <b>", hit: false },
      { text: "MARKUP", hit: true },
      { text: "</b> IN A VISA APPLICATION", hit: false },
    ]);
  });

  it("gives no snippet or paragraph without a query", async () => {
    const [item] = (await search(null)).items;
    expect(item).toMatchObject({ snippet: null, subjectHits: null, paragraph: null });
  });
});

describe("facets and timeline", () => {
  it("count the result set", async () => {
    const { facets, total } = await search(null, { tag: ["SNAR"] });
    expect(total).toBe(5);
    expect(facets.tags.slice(0, 3)).toEqual([
      { value: "PE", count: 5 },
      { value: "PGOV", count: 5 },
      { value: "SNAR", count: 5 },
    ]);
    expect(facets.origins).toEqual([{ value: "Embassy Lima", count: 5 }]);
    expect(facets.classifications).toEqual([
      { value: "UNCLASSIFIED//FOR OFFICIAL USE ONLY", count: 3 },
      { value: "CONFIDENTIAL", count: 2 },
    ]);
    expect(facets.years).toEqual([
      { value: "2007", count: 2 },
      { value: "2005", count: 1 },
    ]);
    expect(facets.months).toEqual([
      { month: "2005-03", count: 1 },
      { month: "2007-01", count: 1 },
      { month: "2007-09", count: 1 },
    ]);
    expect(facets.undated).toBe(2);
  });

  it("follow the query", async () => {
    const { facets } = await search("cocalero");
    expect(facets.total).toBe(3);
    expect(facets.tags.find((tag) => tag.value === "PREL")).toEqual({ value: "PREL", count: 1 });
  });

  it("agree with the database for every tag and origin filter", async () => {
    const tags = db.prepare(`SELECT DISTINCT "tag" FROM "CableTag"`).pluck().all() as string[];
    for (const tag of tags) {
      const expected = db.prepare(`SELECT count(*) FROM "CableTag" WHERE "tag" = ?`).pluck().get(tag);
      expect((await search(null, { tag: [tag] })).total, tag).toBe(expected);
    }
  });
});

describe("/api/cables", () => {
  it("answers the schema, with snippets for a query", async () => {
    const answer = await modules.answerCablesApi(new URLSearchParams("q=cocalero&tag=SNAR"));
    expect(answer.status).toBe(200);
    const body = CablesApiResponse.parse(answer.body);
    expect(body).toMatchObject({ total: 3, page: 1, sort: "relevance" });
    expect(body.items[0]).toMatchObject({ id: "07LIMA218", paragraph: "1", url: "/cable/07LIMA218#para-1" });
    expect(body.timeline.undated).toBe(1);
  });

  it("lists newest first without a query", async () => {
    const body = CablesApiResponse.parse((await modules.answerCablesApi(new URLSearchParams("tag=SNAR&tag=PREL"))).body);
    expect(body.items.map((item) => item.slug)).toEqual(["07LIMA218", "05LIMA1246", expect.stringMatching(/^LIMA1409-/)]);
    expect(body.items[0].snippet).toBeUndefined();
  });

  it.each([
    { query: "from=2007-02-31", param: "from" },
    { query: "classification=TOP+SECRET", param: "classification" },
    { query: "page=0", param: "page" },
    { query: "sort=sideways", param: "sort" },
    { query: "q=coca+AND", param: "q" },
    { query: "q=%22coca", param: "q" },
  ])("refuses $query with 400", async ({ query, param }) => {
    const answer = await modules.answerCablesApi(new URLSearchParams(query));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ problems: [expect.objectContaining({ param })] });
  });
});

describe("/api/cable/<id>", () => {
  it("returns the stored record", async () => {
    const answer = await modules.answerCableApi("07LIMA218");
    expect(answer).toMatchObject({ status: 200, body: { id: "07LIMA218", tags: ["PREL", "PGOV", "SNAR", "PE"] } });
  });

  it("answers 404 with the citing cables for a cited cable that is missing", async () => {
    const answer = await modules.answerCableApi("06LIMA4766");
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ citedBy: [expect.objectContaining({ id: "07LIMA218", label: "A" })] });
  });

  it("answers 404 without citations for an unknown id", async () => {
    const answer = await modules.answerCableApi("99NOWHERE1");
    expect(answer).toEqual({ status: 404, body: { error: "No cable 99NOWHERE1 in the archive." } });
  });
});

describe("the facet index", () => {
  it("offers every tag and origin of the archive as filter choices, counted like the database", async () => {
    const { getFilterOptions } = await import("@/lib/queries/search-filter-options");
    const { tags, origins } = getFilterOptions();
    const expected = db
      .prepare(`SELECT "tag" AS value, count(*) AS count FROM "CableTag" GROUP BY "tag" ORDER BY count DESC, value`)
      .all();
    expect(tags).toEqual(expected);
    expect(origins).toEqual([{ value: "Embassy Lima", count: 6 }]);
  });

  it("follows changes by other connections, at most once per reload interval", async () => {
    const [{ getReadDb }, { getFacetIndex, RELOAD_INTERVAL_MS }] = await Promise.all([
      import("@/lib/db/read-connection"),
      import("@/lib/search/facet-index"),
    ]);
    const searchDb = getReadDb();
    const rename = db.prepare(`UPDATE "Cable" SET "origin" = ? WHERE "slug" = '08LIMA100'`);
    const later = Date.now() + RELOAD_INTERVAL_MS + 1;

    rename.run("Embassy Quito");
    const renamed = getFacetIndex(searchDb, later);
    expect(renamed.origins).toContain("Embassy Quito");

    rename.run("Embassy Lima");
    expect(getFacetIndex(searchDb, later + 1)).toBe(renamed); // rebuilt a moment ago: kept
    expect(getFacetIndex(searchDb, later + RELOAD_INTERVAL_MS + 1).origins).not.toContain("Embassy Quito");
  });
});
