import { SEARCH_INPUT } from "@/components/keyboard/keyboard-attributes";
import { filtersToQuery, type CableFilters } from "@/lib/queries/cable-filters";

/** Parameters the box sets itself, or that a new search starts again (the page). */
const OWN_PARAMS = new Set(["q", "page"]);
const HELP_ID = "search-help";
const PROBLEM_ID = "search-problem";

const SYNTAX = [
  { example: "coca growers", meaning: "both words, anywhere" },
  { example: "\"coca growers\"", meaning: "the exact phrase" },
  { example: "cocaler*", meaning: "words that begin so" },
  { example: "coca OR opium", meaning: "either word" },
  { example: "coca NOT cocaine, coca -cocaine", meaning: "the first, without the second" },
  { example: "(coca OR opium) AND Peru", meaning: "parentheses group" },
] as const;

/**
 * Full-text search over subjects and telegram text: a plain GET form, so it works without JavaScript;
 * the list's other filters ride along as hidden fields and stay in force.
 */
export function SearchBox({ filters, q, problem }: { filters: CableFilters; q: string | undefined; problem?: string }) {
  const kept = [...new URLSearchParams(filtersToQuery(filters))].filter(([name]) => !OWN_PARAMS.has(name));
  return (
    <form method="get" action="/cables" role="search" aria-label="Search cables" className="space-y-2">
      {kept.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="search-q" className="block text-sm font-medium text-stone-700">
        Search subjects and text
      </label>
      <div className="flex gap-2">
        <input
          {...SEARCH_INPUT}
          id="search-q"
          type="search"
          name="q"
          defaultValue={q ?? ""}
          maxLength={500}
          placeholder='e.g. cocalero, "coca growers", cocaler*'
          aria-describedby={problem ? `${PROBLEM_ID} ${HELP_ID}` : HELP_ID}
          aria-invalid={problem ? true : undefined}
          aria-keyshortcuts="/"
          className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2 text-stone-900 focus:border-amber-600 focus:outline-none focus:ring-2 focus:ring-amber-600/30"
        />
        <button
          type="submit"
          className="rounded bg-amber-700 px-4 py-2 text-sm font-medium text-white hover:bg-amber-800 focus:outline-none focus:ring-2 focus:ring-amber-600/50"
        >
          Search
        </button>
      </div>
      {problem && (
        <p id={PROBLEM_ID} role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {problem}
        </p>
      )}
      <details id={HELP_ID} className="text-sm text-stone-600">
        <summary className="cursor-pointer hover:text-stone-900">Search syntax</summary>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5">
          {SYNTAX.map(({ example, meaning }) => (
            <div key={example} className="contents">
              <dt className="font-mono text-stone-800">{example}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-1">AND, OR and NOT are operators in capitals only; accents and case do not matter.</p>
      </details>
    </form>
  );
}
