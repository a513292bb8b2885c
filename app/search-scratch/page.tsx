import { SearchBox } from "@/components/search/search-box";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchResults } from "@/components/search/search-results";
import { SearchTimeline } from "@/components/search/search-timeline";
import { parseCableFilters, type RawSearchParams } from "@/lib/queries/cable-filters";
import { getSearchFacets } from "@/lib/queries/search-facets";
import { searchCables } from "@/lib/queries/search-results";
import { parseSearchQuery } from "@/lib/search/query";

export const dynamic = "force-dynamic";

export default async function Scratch({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { q: rawQ, sort: _sort, ...raw } = await searchParams;
  const { filters } = parseCableFilters(raw);
  const q = typeof rawQ === "string" && rawQ.trim() ? rawQ.trim() : undefined;
  const query = q ? parseSearchQuery(q) : null;
  const match = query?.ok ? query.match : null;
  const set = { filters, match };
  const [items, facets] = query && !query.ok ? [[], null] : await Promise.all([
    searchCables({ set, terms: query?.ok ? query.terms : [], sort: match ? "relevance" : "desc", page: filters.page }),
    getSearchFacets(set, 100),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
      <div className="space-y-4">
        <SearchBox filters={filters} q={q} problem={query && !query.ok ? query.message : undefined} />
        {facets && <SearchTimeline filters={filters} months={facets.months} undated={facets.undated} />}
        <p>{facets?.total} cables</p>
        <SearchResults cables={items} />
      </div>
      {facets && <SearchFacets filters={filters} facets={facets} />}
    </div>
  );
}
