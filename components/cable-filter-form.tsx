import Link from "next/link";
import type { ReactNode } from "react";
import type { CableFilters } from "@/lib/queries/cable-filters";
import type { ValueCount } from "@/lib/queries/tag-counts";
import { foldTag } from "@/lib/search/facet-index";
import { CLASSIFICATIONS } from "@/lib/record/schema";

type Options = { tags: ValueCount[]; origins: ValueCount[] };

const FIELD = "flex min-w-0 flex-col gap-1 text-sm";
const LABEL = "font-medium text-stone-700";
const CONTROL =
  "w-full min-w-0 rounded border border-stone-300 bg-white px-2 py-1.5 text-stone-900 focus:border-amber-600 focus:outline-none focus:ring-2 focus:ring-amber-600/30";

/** Label and control side by side in the markup, joined by id: a wrapping label would fold the options into the name. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className={FIELD}>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** Keeps the value in the choices even when no cable has it, so the form never silently drops it. */
function withCurrent(counts: ValueCount[], current: string | undefined): ValueCount[] {
  if (!current || counts.some(({ value }) => value === current)) return counts;
  return [{ value: current, count: 0 }, ...counts];
}

/** The tag choice for a tag filter in any spelling: the tags list each tag once, by one spelling. */
function tagChoice(tags: ValueCount[], tag: string | undefined): string | undefined {
  return tag === undefined ? undefined : (tags.find(({ value }) => foldTag(value) === foldTag(tag))?.value ?? tag);
}

/** A plain GET form: every filter ends up in the URL, and it works without JavaScript. */
export function CableFilterForm({ filters, options }: { filters: CableFilters; options: Options }) {
  const [written, ...otherTags] = filters.tag;
  const firstTag = tagChoice(options.tags, written);
  return (
    <form
      method="get"
      action="/cables"
      aria-label="Filter cables"
      className="grid grid-cols-2 gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-3 sm:p-4 xl:grid-cols-6"
    >
      {/* The search stays in force; tags beyond the first too, each with its own remove link above the list. */}
      {filters.q && <input type="hidden" name="q" value={filters.q} />}
      {otherTags.map((tag) => (
        <input key={tag} type="hidden" name="tag" value={tag} />
      ))}
      <Field id="filter-tag" label="Tag">
        <select id="filter-tag" name="tag" defaultValue={firstTag ?? ""} className={CONTROL}>
          <option value="">Any tag</option>
          {withCurrent(options.tags, firstTag).map(({ value, count }) => (
            <option key={value} value={value}>
              {value} ({count})
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-origin" label="Origin">
        <select id="filter-origin" name="origin" defaultValue={filters.origin ?? ""} className={CONTROL}>
          <option value="">Any origin</option>
          {withCurrent(options.origins, filters.origin).map(({ value, count }) => (
            <option key={value} value={value}>
              {value} ({count})
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-classification" label="Classification">
        <select id="filter-classification" name="classification" defaultValue={filters.classification ?? ""} className={CONTROL}>
          <option value="">Any classification</option>
          {CLASSIFICATIONS.map((classification) => (
            <option key={classification} value={classification}>
              {classification}
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-from" label="From">
        <input type="date" id="filter-from" name="from" defaultValue={filters.from ?? ""} className={CONTROL} />
      </Field>
      <Field id="filter-to" label="To">
        <input type="date" id="filter-to" name="to" defaultValue={filters.to ?? ""} className={CONTROL} />
      </Field>
      <Field id="filter-sort" label="Order">
        <select id="filter-sort" name="sort" defaultValue={filters.sort} className={CONTROL}>
          {filters.q && <option value="relevance">Best match first</option>}
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </select>
      </Field>
      <div className="col-span-full flex items-center gap-3">
        <button
          type="submit"
          className="rounded bg-amber-700 px-4 py-2 text-sm font-medium text-white hover:bg-amber-800 focus:outline-none focus:ring-2 focus:ring-amber-600/50"
        >
          Apply filters
        </button>
        <Link href="/cables" className="text-sm text-stone-700 underline hover:text-stone-950">
          Clear all
        </Link>
      </div>
    </form>
  );
}
