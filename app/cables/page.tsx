import type { Metadata } from "next";
import { ActiveFilters } from "@/components/active-filters";
import { CableFilterForm } from "@/components/cable-filter-form";
import { CableList } from "@/components/cable-list";
import { plural } from "@/components/format";
import { Pagination } from "@/components/pagination";
import { SearchBox } from "@/components/search/search-box";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchResults } from "@/components/search/search-results";
import { SearchTimeline } from "@/components/search/search-timeline";
import { cablesHref, describeProblem, hasActiveFilters, parseCableFilters, type RawSearchParams } from "@/lib/queries/cable-filters";
import { searchArchive } from "@/lib/queries/search-archive";
import { getFilterOptions } from "@/lib/queries/search-filter-options";
import { parseSearchQuery } from "@/lib/search/query";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Cables" };

/** Tags and origins the facets list: the first 20 show, the rest wait behind "More". */
const FACET_VALUES = 50;
/** The filter form offers the most used tags and origins; the facets reach the rest. */
const FORM_CHOICES = 200;

const ORDER_NAMES = { desc: "newest first", asc: "oldest first", relevance: "best match first" } as const;

export default async function CablesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters, problems } = parseCableFilters(await searchParams);
  const query = filters.q === undefined ? null : parseSearchQuery(filters.q);
  const list =
    query && !query.ok ? null : await searchArchive({ filters, query, sort: filters.sort, facetLimit: FACET_VALUES });
  const first = list ? (list.page - 1) * list.pageSize + 1 : 0;
  const last = list ? first + list.items.length - 1 : 0;

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Cables</h1>
      <SearchBox filters={filters} q={filters.q} problem={query && !query.ok ? query.message : undefined} />
      <CableFilterForm filters={filters} options={getFilterOptions(FORM_CHOICES)} />
      {problems.length > 0 && (
        <ul role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {problems.map((problem) => (
            <li key={`${problem.param}=${problem.value}`}>{describeProblem(problem)}</li>
          ))}
        </ul>
      )}
      <ActiveFilters filters={filters} />
      {list && (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="min-w-0 space-y-4">
            <SearchTimeline filters={filters} months={list.facets.months} undated={list.facets.undated} />
            <p role="status" aria-live="polite" className="text-sm text-stone-700">
              {list.items.length > 0
                ? `${plural(list.total, "cable")}${hasActiveFilters(filters) ? " match" : ""}; showing ${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")}, ${ORDER_NAMES[list.sort]}.`
                : list.total > 0
                  ? `${plural(list.total, "cable")} match, but page ${filters.page} is past the last page (${list.pageCount}).`
                  : filters.q
                    ? "No cables match this search; try fewer words, a prefix (cocaler*) or OR."
                    : "No cables match these filters."}
            </p>
            {list.items.length > 0 &&
              (query ? <SearchResults cables={list.items} /> : <CableList cables={list.items} label="Cables" />)}
            <Pagination page={filters.page} pageCount={list.pageCount} hrefFor={(page) => cablesHref(filters, { page })} />
          </div>
          <aside>
            <SearchFacets filters={filters} facets={list.facets} />
          </aside>
        </div>
      )}
    </div>
  );
}
