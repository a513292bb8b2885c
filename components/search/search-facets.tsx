import Link from "next/link";
import { plural } from "@/components/format";
import { cablesHref, yearRange, type CableFilters } from "@/lib/queries/cable-filters";
import { FACET_LIMIT, type SearchFacets as Facets } from "@/lib/queries/search-facets";
import type { ValueCount } from "@/lib/queries/tag-counts";
import { foldTag } from "@/lib/search/facet-index";

type FacetValue = ValueCount & { href: string; selected: boolean };
type Facet = { id: string; title: string; values: FacetValue[] };

/** Each value links to the list narrowed by it; a value in force links to the list without it. */
function facetsOf(filters: CableFilters, facets: Facets): Facet[] {
  const href = (change: Partial<CableFilters>) => cablesHref(filters, change);
  return [
    {
      id: "tags",
      title: "Tags",
      values: facets.tags.map(({ value, count }) => {
        // A tag lists as one whatever spelling the filter has ("economy" selects ECONOMY).
        const others = filters.tag.filter((tag) => foldTag(tag) !== foldTag(value));
        const selected = others.length < filters.tag.length;
        const tag = selected ? others : [...filters.tag, value];
        return { value, count, selected, href: href({ tag }) };
      }),
    },
    {
      id: "origins",
      title: "Origins",
      values: facets.origins.map(({ value, count }) => {
        const selected = filters.origin === value;
        return { value, count, selected, href: href({ origin: selected ? undefined : value }) };
      }),
    },
    {
      id: "classifications",
      title: "Classifications",
      values: facets.classifications.map(({ value, count }) => {
        const selected = filters.classification === value;
        return { value, count, selected, href: href({ classification: selected ? undefined : (value as CableFilters["classification"]) }) };
      }),
    },
    {
      id: "years",
      title: "Years",
      values: facets.years.map(({ value, count }) => {
        const range = yearRange(value);
        const selected = filters.from === range.from && filters.to === range.to;
        return { value, count, selected, href: href(selected ? { from: undefined, to: undefined } : range) };
      }),
    },
  ];
}

function FacetLinks({ values, label }: { values: FacetValue[]; label: string }) {
  return (
    <ul aria-label={label} className="text-sm">
      {values.map(({ value, count, href, selected }) => (
        <li key={value}>
          <Link
            href={href}
            aria-current={selected ? "true" : undefined}
            aria-label={selected ? `${value} (in force, remove)` : `${value}, ${plural(count, "cable")}`}
            className="facet-link"
          >
            <span className="min-w-0 break-words">
              {selected && <span aria-hidden="true">✓ </span>}
              {value}
            </span>
            <span className="count">{count.toLocaleString("en-US")}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Counts over the whole current result set beside the list. Long facets show their first
 * FACET_LIMIT values; the rest (as many as the page asked for) wait behind "More".
 */
export function SearchFacets({ filters, facets }: { filters: CableFilters; facets: Facets }) {
  return (
    <nav aria-label="Narrow the results" className="space-y-5">
      {facetsOf(filters, facets).map(({ id, title, values }) =>
        values.length === 0 ? null : (
          <section key={id} aria-labelledby={`facet-${id}`}>
            <h2 id={`facet-${id}`} className="mb-1 text-sm font-semibold uppercase tracking-wide text-stone-600">
              {title}
            </h2>
            <FacetLinks values={values.slice(0, FACET_LIMIT)} label={title} />
            {values.length > FACET_LIMIT && (
              <details className="mt-1">
                <summary className="cursor-pointer px-1.5 text-sm text-amber-800 hover:underline">
                  More {title.toLowerCase()}
                </summary>
                <FacetLinks values={values.slice(FACET_LIMIT)} label={`More ${title.toLowerCase()}`} />
              </details>
            )}
          </section>
        ),
      )}
    </nav>
  );
}
