import Link from "next/link";
import type { ReactNode } from "react";
import { CableList } from "@/components/cable-list";
import { CountLinks } from "@/components/count-links";
import { formatDay, plural } from "@/components/format";
import { SectionHeading } from "@/components/section-heading";
import { TagLink } from "@/components/tag-link";
import { getArchiveFacets } from "@/lib/queries/archive-facets";
import { getArchiveSummary } from "@/lib/queries/archive-summary";
import { cablesHrefFor, yearRange } from "@/lib/queries/cable-filters";
import { getNewestCables } from "@/lib/queries/newest-cables";
import { getTagCounts } from "@/lib/queries/tag-counts";
import type { Classification } from "@/lib/record/schema";

export const dynamic = "force-dynamic";

const NEWEST_COUNT = 10;
/** The full release has thousands of tags and hundreds of posts: home shows the most used, /tags and /origins all. */
const HOME_TAG_COUNT = 60;
const HOME_ORIGIN_COUNT = 15;

function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="mt-2 inline-block text-sm font-medium text-amber-800 hover:underline">
      {children} →
    </Link>
  );
}

export default async function HomePage() {
  // Every figure but the newest cables comes from one snapshot, the facet index the lists are drawn from.
  const summary = getArchiveSummary();
  const tags = getTagCounts();
  const { origins, classifications, years } = getArchiveFacets();
  const newest = await getNewestCables(NEWEST_COUNT);

  if (summary.cables === 0) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-semibold">Cable Archive</h1>
        <p className="mt-3 text-stone-700">
          The archive is empty. Store cables with <code className="font-mono">npm run ingest -- &lt;files or folders&gt;</code>{" "}
          and they appear here.
        </p>
      </div>
    );
  }

  const span =
    summary.firstDate && summary.lastDate
      ? `${formatDay(summary.firstDate)} – ${formatDay(summary.lastDate)}`
      : "No dated cables";
  const stats = [
    { label: "Cables", value: summary.cables.toLocaleString("en-US") },
    // The grouped counts below list every origin and tag: their lengths are the distinct counts.
    { label: "Origins", value: origins.length.toLocaleString("en-US") },
    { label: "Tags", value: tags.length.toLocaleString("en-US") },
    { label: "Date span", value: span },
  ];

  return (
    <div className="space-y-10">
      <section aria-labelledby="archive-heading">
        <h1 id="archive-heading" className="text-2xl font-semibold tracking-tight sm:text-3xl">
          Cable Archive
        </h1>
        <p className="mt-2 max-w-3xl text-stone-700">
          US State Department cables: browse by tag, origin, classification or year, read each cable with its
          routing and paragraphs, and follow its references to the cables it cites and the cables that cite it.
        </p>
        <dl className="mt-5 grid grid-cols-2 gap-3 lg:grid-cols-4">
          {stats.map((stat) => (
            <div key={stat.label} className="rounded-lg border border-stone-200 bg-white px-4 py-3">
              <dt className="text-xs font-medium uppercase tracking-wide text-stone-500">{stat.label}</dt>
              <dd className="mt-1 text-lg font-semibold tabular-nums">{stat.value}</dd>
            </div>
          ))}
        </dl>
        {summary.undated > 0 && (
          <p className="mt-2 text-sm text-stone-600">
            {plural(summary.undated, "cable has", "cables have")} no known date; they are listed after the dated ones.
          </p>
        )}
      </section>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="newest-heading">
          <div className="flex items-baseline justify-between gap-4">
            <SectionHeading id="newest-heading">Newest cables</SectionHeading>
            <Link href="/cables" className="text-sm font-medium text-amber-800 hover:underline">
              All {plural(summary.cables, "cable")} →
            </Link>
          </div>
          <CableList cables={newest} label="Newest cables" />
        </section>

        <div className="space-y-8">
          <section aria-labelledby="tags-heading">
            <SectionHeading id="tags-heading">Tags</SectionHeading>
            <ul aria-label="Most used tags" className="flex flex-wrap gap-1.5">
              {tags.slice(0, HOME_TAG_COUNT).map(({ value, count }) => (
                <li key={value}>
                  <TagLink tag={value} count={count} />
                </li>
              ))}
            </ul>
            <MoreLink href="/tags">Every tag with its meaning</MoreLink>
          </section>
          <section aria-labelledby="origins-heading">
            <SectionHeading id="origins-heading">Origins</SectionHeading>
            <CountLinks
              label="Origins with most cables"
              counts={origins.slice(0, HOME_ORIGIN_COUNT)}
              hrefFor={(origin) => cablesHrefFor({ origin })}
            />
            <MoreLink href="/origins">Every origin over time</MoreLink>
          </section>
          <section aria-labelledby="classifications-heading">
            <SectionHeading id="classifications-heading">Classifications</SectionHeading>
            <CountLinks
              label="All classifications"
              counts={classifications}
              hrefFor={(classification) => cablesHrefFor({ classification: classification as Classification })}
            />
          </section>
          <section aria-labelledby="years-heading">
            <SectionHeading id="years-heading">Years</SectionHeading>
            <CountLinks
              label="All years"
              counts={years}
              hrefFor={(year) => cablesHrefFor(yearRange(year))}
            />
          </section>
        </div>
      </div>
    </div>
  );
}
