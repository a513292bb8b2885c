import { SearchBox } from "@/components/search/search-box";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchResults } from "@/components/search/search-results";
import { SearchTimeline } from "@/components/search/search-timeline";
import { parseCableFilters, type RawSearchParams } from "@/lib/queries/cable-filters";
import { searchArchive } from "@/lib/queries/search-archive";
import { parseSearchQuery } from "@/lib/search/query";

export const dynamic = "force-dynamic";

export default async function Scratch({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { q: rawQ, ...raw } = await searchParams;
  const { filters } = parseCableFilters(raw);
  const q = typeof rawQ === "string" && rawQ.trim() ? rawQ.trim() : undefined;
  const query = q ? parseSearchQuery(q) : null;
  const outcome = query && !query.ok ? null : await searchArchive({ filters, query: query?.ok ? query : null, sort: query ? "relevance" : filters.sort, facetLimit: 100 });
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
      <div className="space-y-4">
        <SearchBox filters={filters} q={q} problem={query && !query.ok ? query.message : undefined} />
        {outcome && <SearchTimeline filters={filters} months={outcome.facets.months} undated={outcome.facets.undated} />}
        <p>{outcome?.total} cables</p>
        {outcome && <SearchResults cables={outcome.items} />}
      </div>
      {outcome && <SearchFacets filters={filters} facets={outcome.facets} />}
    </div>
  );
}
