import type { Metadata } from "next";
import { ActiveFilters } from "@/components/active-filters";
import { CableFilterForm } from "@/components/cable-filter-form";
import { CableList } from "@/components/cable-list";
import { plural } from "@/components/format";
import { Pagination } from "@/components/pagination";
import { getCableCountsBy } from "@/lib/queries/cable-column-counts";
import { describeProblem, hasActiveFilters, parseCableFilters, type RawSearchParams } from "@/lib/queries/cable-filters";
import { listCables } from "@/lib/queries/cable-list";
import { getTagCounts } from "@/lib/queries/tag-counts";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Cables" };

export default async function CablesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters, problems } = parseCableFilters(await searchParams);
  const [list, tags, origins] = await Promise.all([listCables(filters), getTagCounts(), getCableCountsBy("origin")]);
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.items.length - 1;

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Cables</h1>
      <CableFilterForm filters={filters} options={{ tags, origins }} />
      {problems.length > 0 && (
        <ul role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {problems.map((problem) => (
            <li key={`${problem.param}=${problem.value}`}>{describeProblem(problem)}</li>
          ))}
        </ul>
      )}
      <ActiveFilters filters={filters} />
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {list.items.length > 0
          ? `${plural(list.total, "cable")}${hasActiveFilters(filters) ? " match" : ""}; showing ${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")}, ${filters.sort === "asc" ? "oldest" : "newest"} first.`
          : list.total > 0
            ? `${plural(list.total, "cable")} match, but page ${filters.page} is past the last page (${list.pageCount}).`
            : "No cables match these filters."}
      </p>
      {list.items.length > 0 && <CableList cables={list.items} label="Cables" />}
      <Pagination filters={filters} pageCount={list.pageCount} />
    </div>
  );
}
