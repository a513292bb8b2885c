// Tag counts against an archive holding one tag in two spellings ("ECONOMY", "Economy"), one cable with
// both: the tag page's count, its list, /tags and the /cables filter form and facets must agree,
// counting that cable once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { CableFilterForm } from "@/components/cable-filter-form";
import { SearchFacets } from "@/components/search/search-facets";
import { DEFAULT_FILTERS, type CableFilters } from "@/lib/queries/cable-filters";
import { openTempArchive, SEEDS, type TempArchive } from "@/tests/helpers/temp-archive";

/**
 * Three seed telegrams with their TAGS lines rewritten: Economy on two cables, ECONOMY on two, one has
 * both; Pakistan ties with PE, PGOV and PREL, after them in code-unit order, before them as a reader sorts.
 */
const RETAGGED = [
  { seed: "000_2968982f8eb35888.txt", tags: "TAGS: PREL Economy PE" },
  { seed: "003_1e0f94ca84c7a0f9.txt", tags: "TAGS: ECONOMY, Economy, PGOV" },
  { seed: "004_789c93d5b4bf0660.txt", tags: "TAGS: ECONOMY SNAR Pakistan" },
];

const loadQueries = async () => ({
  tags: await import("@/lib/queries/tag-counts"),
  list: await import("@/lib/queries/cable-list"),
  page: await import("@/app/tags/[tag]/page"),
  glossary: await import("@/app/tags/page"),
  search: await import("@/lib/queries/search-archive"),
  options: await import("@/lib/queries/search-filter-options"),
});

let archive: TempArchive<Awaited<ReturnType<typeof loadQueries>>>;
let queries: typeof archive.modules;

beforeAll(async () => {
  const files = Object.fromEntries(
    RETAGGED.map(({ seed, tags }) => [seed, readFileSync(path.join(SEEDS, seed), "utf8").replace(/^TAGS:.*$/gm, tags)]),
  );
  archive = await openTempArchive("tags", { seeds: false, files }, loadQueries);
  queries = archive.modules;
});

afterAll(() => {
  archive?.remove();
});

const listTag = (tag: string) => queries.list.listCables({ ...DEFAULT_FILTERS, tag: [tag] });

describe("a tag stored in two spellings", () => {
  it("is one list whatever the spelling asked, counted by the list and named with each spelling", async () => {
    for (const asked of ["ECONOMY", "Economy", "economy"]) {
      const list = await listTag(asked);
      expect(list.total, asked).toBe(3);
      expect(list.items, asked).toHaveLength(list.total);
      // Two cables each; a tie goes to capitals, so ECONOMY is the tag's address.
      expect(list.tagSpellings, asked).toEqual([
        { value: "ECONOMY", count: 2 },
        { value: "Economy", count: 2 },
      ]);
    }
  });

  it("names the spellings within the list, for a tag stored one way and alongside another tag", async () => {
    expect((await listTag("snar")).tagSpellings).toEqual([{ value: "SNAR", count: 1 }]);
    const both = await queries.list.listCables({ ...DEFAULT_FILTERS, tag: ["economy", "PGOV"] });
    expect(both.total).toBe(1);
    expect(both.tagSpellings).toEqual([
      { value: "ECONOMY", count: 1 },
      { value: "Economy", count: 1 },
      { value: "PGOV", count: 1 },
    ]);
  });

  it("/tags counts it once, with its spellings, and the cable carrying both once", () => {
    const economy = queries.tags.getTagCounts().find(({ value }) => value === "ECONOMY");
    expect(economy).toEqual({
      value: "ECONOMY",
      count: 3,
      spellings: [
        { value: "ECONOMY", count: 2 },
        { value: "Economy", count: 2 },
      ],
    });
    expect(queries.tags.getTagCounts().map(({ value }) => value)).not.toContain("Economy");
  });

  it("every tag's count is the length of the list it links to", async () => {
    const counts = queries.tags.getTagCounts();
    expect(counts.length).toBeGreaterThan(3);
    for (const { value, count } of counts) expect((await listTag(value)).total, value).toBe(count);
  });

  it("orders most cables first, ties by name in code-unit order", () => {
    expect(queries.tags.getTagCounts().map(({ value, count }) => `${value} ${count}`)).toEqual([
      "ECONOMY 3",
      "PE 1",
      "PGOV 1",
      "PREL 1",
      "Pakistan 1",
      "SNAR 1",
    ]);
  });
});

/** The tag page's HTML for an address, or where it redirects to. */
async function tagPage(tag: string): Promise<{ html: string } | { redirect: string }> {
  try {
    const element = await queries.page.default({ params: Promise.resolve({ tag }), searchParams: Promise.resolve({}) });
    return { html: renderToStaticMarkup(element) };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}

describe("the tag page", () => {
  it("sends every spelling to the most used one", async () => {
    expect(await tagPage("Economy")).toEqual({ redirect: "/tags/ECONOMY" });
    expect(await tagPage("economy")).toEqual({ redirect: "/tags/ECONOMY" });
  });

  it("counts what it lists and names the spellings it merged", async () => {
    const page = await tagPage("ECONOMY");
    if (!("html" in page)) throw new Error(`redirected to ${page.redirect}`);
    const text = page.html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("Cables 3 ");
    expect(text).toContain("3 cables, newest first.");
    expect(text).toContain("Spellings Counted and listed as one tag; cables carry it as: ECONOMY (2 cables) Economy (2 cables)");
    expect(page.html.match(/<li data-result/g)).toHaveLength(3);
  });

  it("names no spellings for a tag written one way", async () => {
    const page = await tagPage("SNAR");
    if (!("html" in page)) throw new Error(`redirected to ${page.redirect}`);
    expect(page.html).toContain("SNAR");
    expect(page.html).not.toContain("Spellings");
  });
});

describe("/tags", () => {
  it("lists the tag once, by its most used spelling, with its count and its other spelling", () => {
    const html = renderToStaticMarkup(queries.glossary.default());
    const rows = html
      .split("<tr")
      .map((row) => row.split("</tr>")[0])
      .filter((row) => row.includes('href="/tags/'));
    const economy = rows.filter((row) => /ECONOMY|Economy/.test(row));
    expect(economy).toHaveLength(1);
    expect(economy[0]).toContain('href="/tags/ECONOMY"');
    expect(economy[0]).toContain("also written Economy");
    expect(economy[0].replace(/<[^>]+>/g, " ")).toMatch(/ 3 \s*$/);
    expect(rows.filter((row) => row.includes("also written"))).toHaveLength(1);
  });
});

/** The /cables list's facets for some filters. */
async function facetsFor(filters: Partial<CableFilters>) {
  const outcome = await queries.search.searchArchive({ filters: { ...DEFAULT_FILTERS, ...filters }, query: null, sort: "desc" });
  return outcome.facets;
}

const economyOf = (counts: { value: string; count: number }[]) => counts.filter(({ value }) => /^economy$/i.test(value));

describe("/cables", () => {
  it("the filter form offers the tag once, by its most used spelling, counting the cable with both once", () => {
    const { tags } = queries.options.getFilterOptions();
    expect(economyOf(tags)).toEqual([{ value: "ECONOMY", count: 3 }]);
    expect(tags).toEqual(queries.tags.getTagCounts().map(({ value, count }) => ({ value, count })));
  });

  it("the tag facet lists it once, counting the set's cables with any spelling", async () => {
    expect(economyOf((await facetsFor({})).tags)).toEqual([{ value: "ECONOMY", count: 3 }]);
    // Cable 003 carries both spellings and PGOV; cable 000 carries Economy and PE.
    expect(economyOf((await facetsFor({ tag: ["PGOV"] })).tags)).toEqual([{ value: "ECONOMY", count: 1 }]);
    expect(economyOf((await facetsFor({ tag: ["PE"] })).tags)).toEqual([{ value: "ECONOMY", count: 1 }]);
    const filtered = await facetsFor({ tag: ["economy"] });
    expect(economyOf(filtered.tags)).toEqual([{ value: "ECONOMY", count: 3 }]);
    expect(filtered.total).toBe(3);
  });

  it("the tag facet orders tags as /tags does, ties in code-unit order", async () => {
    const { tags } = await facetsFor({});
    expect(tags).toEqual(queries.tags.getTagCounts().map(({ value, count }) => ({ value, count })));
    expect(tags.map(({ value }) => value).slice(1, 5)).toEqual(["PE", "PGOV", "PREL", "Pakistan"]);
  });

  it("marks the tag in force whatever spelling the filter has, in the facets and the form", async () => {
    const filters = { ...DEFAULT_FILTERS, tag: ["economy"] };
    const facets = renderToStaticMarkup(createElement(SearchFacets, { filters, facets: await facetsFor(filters) }));
    // Its link takes the filter off, whatever its spelling.
    const inForce = facets.match(/<a [^>]*aria-label="ECONOMY \(in force, remove\)"[^>]*>/)?.[0];
    expect(inForce).toContain('href="/cables"');
    expect(facets.match(/aria-label="[^"]*in force/g)).toHaveLength(1);
    const form = renderToStaticMarkup(createElement(CableFilterForm, { filters, options: queries.options.getFilterOptions() }));
    expect(form).toContain('<option value="ECONOMY" selected="">ECONOMY (3)</option>');
    expect(form.match(/<option value="[^"]*"/gi)?.filter((option) => /economy/i.test(option))).toEqual(['<option value="ECONOMY"']);
  });
});

describe("byCountThenValue", () => {
  it.each([
    [{ value: "B", count: 2 }, { value: "A", count: 1 }, -1],
    [{ value: "ECONOMY", count: 1 }, { value: "Economy", count: 1 }, -1],
    [{ value: "Economy", count: 1 }, { value: "ECONOMY", count: 1 }, 1],
    [{ value: "PE", count: 1 }, { value: "PE", count: 1 }, 0],
  ])("%o against %o", (a, b, sign) => {
    expect(Math.sign(queries.tags.byCountThenValue(a, b))).toBe(sign);
  });
});
