/**
 * `/api/cables`: the list's URL parameters in, the result page with facets and timeline out.
 * Unlike the page, which drops a bad parameter and says so, the API refuses the request (400).
 */
import { describeProblem, parseCableFilters, type RawSearchParams } from "@/lib/queries/cable-filters";
import { searchArchive } from "@/lib/queries/search-archive";
import type { ApiError, CablesApiResponse } from "@/lib/search/api-schema";
import { parseSearchQuery } from "@/lib/search/query";

export type ApiAnswer<Body> = { status: 200; body: Body } | { status: 400 | 404; body: ApiError };

export function rawParams(params: URLSearchParams): RawSearchParams {
  const raw: RawSearchParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

function cableUrl(slug: string, paragraph: string | null): string {
  return `/cable/${encodeURIComponent(slug)}${paragraph ? `#para-${paragraph}` : ""}`;
}

export async function answerCablesApi(params: URLSearchParams): Promise<ApiAnswer<CablesApiResponse>> {
  const { filters, problems } = parseCableFilters(rawParams(params));
  const errors = problems.map((problem) => ({ ...problem, message: describeProblem(problem).replace(/^Ignored the /, "Invalid ") }));
  const query = filters.q === undefined ? null : parseSearchQuery(filters.q);
  if (query && !query.ok) errors.push({ param: "q", value: filters.q ?? "", message: query.message });
  if (errors.length > 0 || (query && !query.ok)) {
    return { status: 400, body: { error: errors.map((error) => error.message).join(" "), problems: errors } };
  }

  const { total, page, pageSize, sort, items, facets } = await searchArchive({ filters, query, sort: filters.sort });
  return {
    status: 200,
    body: {
      total,
      page,
      pageSize,
      sort,
      items: items.map((item) => ({
        id: item.id,
        slug: item.slug,
        station: item.station,
        serial: item.serial,
        date: item.date,
        subject: item.subject,
        classification: item.classification as CablesApiResponse["items"][number]["classification"],
        origin: item.origin,
        tags: item.tags,
        ...(query ? { snippet: item.snippet ?? [], paragraph: item.paragraph } : {}),
        url: cableUrl(item.slug, item.paragraph),
      })),
      facets: { tags: facets.tags, origins: facets.origins, classifications: facets.classifications, years: facets.years },
      timeline: { months: facets.months, undated: facets.undated },
    },
  };
}
