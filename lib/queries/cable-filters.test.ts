import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  cablesHref,
  filtersToQuery,
  parseCableFilters,
  type CableFilters,
  type RawSearchParams,
} from "@/lib/queries/cable-filters";

const PARSE_CASES: { name: string; raw: RawSearchParams; filters: Partial<CableFilters>; problems?: string[] }[] = [
  { name: "no parameters", raw: {}, filters: {} },
  { name: "one tag, upper-cased", raw: { tag: "snar" }, filters: { tag: ["SNAR"] } },
  { name: "repeated tags, deduplicated", raw: { tag: ["SNAR", "PE", "SNAR"] }, filters: { tag: ["SNAR", "PE"] } },
  { name: "empty form controls mean any", raw: { tag: "", origin: " ", from: "", sort: "" }, filters: {} },
  {
    name: "all filters combined",
    raw: { tag: "PE", origin: "Embassy Lima", classification: "CONFIDENTIAL", from: "2007-01-01", to: "2007-12-31", sort: "asc", page: "3" },
    filters: { tag: ["PE"], origin: "Embassy Lima", classification: "CONFIDENTIAL", from: "2007-01-01", to: "2007-12-31", sort: "asc", page: 3 },
  },
  { name: "reversed date range is swapped", raw: { from: "2008-01-01", to: "2007-01-01" }, filters: { from: "2007-01-01", to: "2008-01-01" } },
  { name: "unknown classification", raw: { classification: "TOP SECRET" }, filters: {}, problems: ["classification"] },
  { name: "impossible day", raw: { from: "2007-02-31" }, filters: {}, problems: ["from"] },
  { name: "not a date", raw: { to: "yesterday" }, filters: {}, problems: ["to"] },
  { name: "page zero and junk sort", raw: { page: "0", sort: "sideways" }, filters: {}, problems: ["sort", "page"] },
  { name: "first of repeated single values wins", raw: { origin: ["Embassy Lima", "Embassy Quito"] }, filters: { origin: "Embassy Lima" } },
  { name: "a search lists best matches first", raw: { q: "  coca growers " }, filters: { q: "coca growers", sort: "relevance" } },
  { name: "a search sorted by date on request", raw: { q: "coca", sort: "asc" }, filters: { q: "coca", sort: "asc" } },
  { name: "nothing to rank without a search", raw: { sort: "relevance" }, filters: {} },
];

describe("parseCableFilters", () => {
  it.each(PARSE_CASES)("$name", ({ raw, filters, problems = [] }) => {
    const parsed = parseCableFilters(raw);
    expect(parsed.filters).toEqual({ ...DEFAULT_FILTERS, ...filters });
    expect(parsed.problems.map((problem) => problem.param)).toEqual(problems);
  });
});

describe("URLs", () => {
  it("round-trips through the query string, defaults left out", () => {
    const filters: CableFilters = { tag: ["SNAR", "PE"], origin: "Embassy Lima", from: "2007-01-01", sort: "asc", page: 2 };
    const query = filtersToQuery(filters);
    expect(query).toBe("tag=SNAR&tag=PE&origin=Embassy+Lima&from=2007-01-01&sort=asc&page=2");
    const raw: RawSearchParams = {};
    for (const [key, value] of new URLSearchParams(query)) {
      const previous = raw[key];
      raw[key] = previous === undefined ? value : [previous, value].flat();
    }
    expect(parseCableFilters(raw).filters).toEqual(filters);
  });

  it("keeps the search, and its sort only when it is not best match first", () => {
    expect(filtersToQuery({ ...DEFAULT_FILTERS, q: "coca", sort: "relevance", tag: ["SNAR"] })).toBe("q=coca&tag=SNAR");
    expect(cablesHref({ ...DEFAULT_FILTERS, q: "coca", sort: "desc" }, { origin: "Embassy Lima" })).toBe(
      "/cables?q=coca&origin=Embassy+Lima&sort=desc",
    );
  });

  it("starts again at page 1 when a filter changes", () => {
    expect(cablesHref({ ...DEFAULT_FILTERS, tag: ["PE"], page: 4 }, { origin: "Embassy Lima" })).toBe(
      "/cables?tag=PE&origin=Embassy+Lima",
    );
    expect(cablesHref(DEFAULT_FILTERS)).toBe("/cables");
  });
});
