import Link from "next/link";
import { formatDay } from "@/components/format";
import { cablesHref, type CableFilters } from "@/lib/queries/cable-filters";

type ActiveFilter = { key: string; label: string; removeHref: string };

function activeFilters(filters: CableFilters): ActiveFilter[] {
  const active: ActiveFilter[] = filters.tag.map((tag) => ({
    key: `tag-${tag}`,
    label: `Tag ${tag}`,
    removeHref: cablesHref(filters, { tag: filters.tag.filter((other) => other !== tag) }),
  }));
  if (filters.origin) {
    active.push({ key: "origin", label: filters.origin, removeHref: cablesHref(filters, { origin: undefined }) });
  }
  if (filters.classification) {
    active.push({
      key: "classification",
      label: filters.classification,
      removeHref: cablesHref(filters, { classification: undefined }),
    });
  }
  if (filters.from) {
    active.push({ key: "from", label: `From ${formatDay(filters.from)}`, removeHref: cablesHref(filters, { from: undefined }) });
  }
  if (filters.to) {
    active.push({ key: "to", label: `To ${formatDay(filters.to)}`, removeHref: cablesHref(filters, { to: undefined }) });
  }
  return active;
}

/** The filters in force, each with a link that removes it and keeps the others. */
export function ActiveFilters({ filters }: { filters: CableFilters }) {
  const active = activeFilters(filters);
  if (active.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2 text-sm">
      {active.map((filter) => (
        <li
          key={filter.key}
          className="inline-flex items-center gap-1.5 rounded-full border border-amber-300 bg-amber-50 py-0.5 pl-3 pr-1 text-amber-900"
        >
          {filter.label}
          <Link
            href={filter.removeHref}
            aria-label={`Remove filter: ${filter.label}`}
            className="rounded-full px-1.5 text-amber-800 hover:bg-amber-200"
          >
            ×
          </Link>
        </li>
      ))}
    </ul>
  );
}
