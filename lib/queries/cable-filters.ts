/**
 * The `/cables` URL: which query parameters the list understands, how they are validated,
 * how they become a database filter and how links to other pages of the list are built.
 * One module, so that later parameters (full-text `q`, facets) join here and nowhere else.
 */
import { z } from "zod";
import { Classification, IsoDate } from "@/lib/record/schema";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

export const PAGE_SIZE = 50;
/** "relevance" (best match first) applies to a full-text search; without one the list is by date. */
export const SORT_ORDERS = ["desc", "asc", "relevance"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Longest tag or origin we accept from a URL; real ones are far shorter. */
const MAX_TEXT_PARAM = 100;
/** Page numbers beyond this are nonsense for 250,000 cables at 50 a page. */
const MAX_PAGE = 100_000;

const TextParam = z.string().trim().min(1).max(MAX_TEXT_PARAM);
/** A page of a list, from the URL. */
export const PageNumber = z.coerce.number().int().min(1).max(MAX_PAGE);
/** A calendar day that exists: the pattern alone lets 2007-02-31 through. */
const CalendarDay = IsoDate.refine((day) => {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day);
});

/** Each parameter validated on its own, so one bad value drops only itself. */
const PARAM_SCHEMAS = {
  q: z.string().trim().min(1).max(MAX_QUERY_LENGTH),
  tag: z.array(TextParam.toUpperCase()),
  origin: TextParam,
  classification: Classification,
  from: CalendarDay,
  to: CalendarDay,
  sort: z.enum(SORT_ORDERS),
  page: PageNumber,
} as const;

export const CableFilters = z.object({
  /** Full-text query as typed; lib/search/query.ts reads it. */
  q: PARAM_SCHEMAS.q.optional(),
  tag: PARAM_SCHEMAS.tag,
  origin: PARAM_SCHEMAS.origin.optional(),
  classification: PARAM_SCHEMAS.classification.optional(),
  from: PARAM_SCHEMAS.from.optional(),
  to: PARAM_SCHEMAS.to.optional(),
  sort: PARAM_SCHEMAS.sort,
  page: PARAM_SCHEMAS.page,
});
export type CableFilters = z.infer<typeof CableFilters>;

export const DEFAULT_FILTERS: CableFilters = { tag: [], sort: "desc", page: 1 };

/** What Next.js hands a page as `searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** A parameter that was present but invalid, for the page to say so instead of silently ignoring it. */
export type FilterProblem = { param: string; value: string };

const PARAM_LABELS: Record<keyof CableFilters, string> = {
  q: "search",
  tag: "tag",
  origin: "origin",
  classification: "classification",
  from: "from date",
  to: "to date",
  sort: "sort order",
  page: "page",
};

export function describeProblem(problem: FilterProblem): string {
  const label = PARAM_LABELS[problem.param as keyof CableFilters] ?? problem.param;
  return `Ignored the ${label} “${problem.value}”: not a valid value.`;
}

function valuesOf(raw: string | string[] | undefined): string[] {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  // An empty form control submits `name=`: that means "any", not an error.
  return values.map((value) => value.trim()).filter((value) => value !== "");
}

/** Reads the list's parameters from the URL; invalid values are dropped and reported. */
export function parseCableFilters(raw: RawSearchParams): { filters: CableFilters; problems: FilterProblem[] } {
  const filters: CableFilters = { ...DEFAULT_FILTERS, tag: [] };
  const problems: FilterProblem[] = [];

  for (const value of valuesOf(raw.tag)) {
    const parsed = TextParam.toUpperCase().safeParse(value);
    if (!parsed.success) problems.push({ param: "tag", value });
    else if (!filters.tag.includes(parsed.data)) filters.tag.push(parsed.data);
  }

  const singles = ["q", "origin", "classification", "from", "to", "sort", "page"] as const;
  for (const param of singles) {
    const [value] = valuesOf(raw[param]);
    if (value === undefined) continue;
    const parsed = PARAM_SCHEMAS[param].safeParse(value);
    if (parsed.success) Object.assign(filters, { [param]: parsed.data });
    else problems.push({ param, value });
  }

  // A search lists best matches first unless told otherwise; without one there is nothing to rank.
  if (filters.q && valuesOf(raw.sort).length === 0) filters.sort = "relevance";
  if (!filters.q && filters.sort === "relevance") filters.sort = DEFAULT_FILTERS.sort;

  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  return { filters, problems };
}

export function hasActiveFilters(filters: CableFilters): boolean {
  return (
    filters.q !== undefined ||
    filters.tag.length > 0 ||
    filters.origin !== undefined ||
    filters.classification !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined
  );
}

/** The query string for these filters, defaults left out so URLs stay short and shareable. */
export function filtersToQuery(filters: CableFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const tag of filters.tag) params.append("tag", tag);
  if (filters.origin) params.set("origin", filters.origin);
  if (filters.classification) params.set("classification", filters.classification);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.sort !== (filters.q ? "relevance" : DEFAULT_FILTERS.sort)) params.set("sort", filters.sort);
  if (filters.page !== DEFAULT_FILTERS.page) params.set("page", String(filters.page));
  return params.toString();
}

/** Link to the list with some filters changed; any change but paging starts again at page 1. */
export function cablesHref(filters: CableFilters, change: Partial<CableFilters> = {}): string {
  const next: CableFilters = { ...filters, page: 1, ...change };
  const query = filtersToQuery(next);
  return query ? `/cables?${query}` : "/cables";
}

/** Link to the whole list narrowed by one value: what tags, origins and years on other pages link to. */
/** The date range of one year: the filter a year facet or count applies. */
export function yearRange(year: string): Pick<CableFilters, "from" | "to"> {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function cablesHrefFor(change: Partial<CableFilters>): string {
  return cablesHref(DEFAULT_FILTERS, change);
}
