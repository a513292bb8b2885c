import Link from "next/link";
import { CableMeta } from "@/components/cable-meta";
import { ClassificationBadge } from "@/components/classification-badge";
import { cableName } from "@/components/format";
import { cableHref, paragraphAnchor } from "@/components/hrefs";
import { RESULT } from "@/components/keyboard/keyboard-attributes";
import { HighlightedText } from "@/components/search/highlighted-text";
import { TagLink } from "@/components/tag-link";
import type { SearchResultItem } from "@/lib/queries/search-results";

function SearchResult({ cable }: { cable: SearchResultItem }) {
  const href = cableHref(cable.slug);
  return (
    <li {...RESULT} className="px-4 py-3">
      <CableMeta slug={cable.slug} name={cableName(cable)} date={cable.date} origin={cable.origin}>
        <ClassificationBadge classification={cable.classification} />
      </CableMeta>
      <p className="mt-1 text-stone-900">
        {cable.subjectHits ? <HighlightedText segments={cable.subjectHits} /> : (cable.subject ?? <em className="text-stone-500">No subject</em>)}
      </p>
      {cable.snippet && (
        <p className="mt-1 text-sm leading-relaxed text-stone-700">
          <HighlightedText segments={cable.snippet} />
        </p>
      )}
      <div className="result-links">
        {cable.paragraph && (
          <Link
            href={`${href}#${paragraphAnchor(cable.paragraph)}`}
            className="mr-2 text-sm font-medium text-amber-800 hover:underline"
          >
            First hit in ¶{cable.paragraph}
          </Link>
        )}
        {cable.tags.map((tag) => (
          <TagLink key={tag} tag={tag} />
        ))}
      </div>
    </li>
  );
}

/** Results of a full-text search, best first: each with its hits in context and a link to the paragraph. */
export function SearchResults({ cables }: { cables: SearchResultItem[] }) {
  return (
    <ol aria-label="Search results" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {cables.map((cable) => (
        <SearchResult key={cable.slug} cable={cable} />
      ))}
    </ol>
  );
}
