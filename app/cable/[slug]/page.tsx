import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CableDetails } from "@/components/cable/cable-details";
import { CableEntities } from "@/components/cable/cable-entities";
import { CableNotes } from "@/components/cable/cable-notes";
import { CableParagraphs, CableTextBlock } from "@/components/cable/cable-paragraphs";
import { CableReferences } from "@/components/cable/cable-references";
import { CableRouting } from "@/components/cable/cable-routing";
import { recordLinkContext } from "@/components/cable-text/link-context";
import { CitationList } from "@/components/cable/citation-list";
import { ClassificationBadge } from "@/components/classification-badge";
import { cableName, formatDateTime } from "@/components/format";
import { CitationGraph } from "@/components/graph/citation-graph";
import { AdjacentCableLinks } from "@/components/keyboard/adjacent-cable-links";
import { Panel } from "@/components/panel";
import { TagLink } from "@/components/tag-link";
import { getCableBySlug } from "@/lib/queries/cable-page";
import { getCablePageLinks } from "@/lib/queries/cable-page-links";
import { layoutGraph } from "@/lib/queries/graph-layout";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** The telegram's own summary and comment, set apart above the paragraphs. */
const NOTES = [
  { field: "summary", title: "Summary" },
  { field: "comment", title: "Comment" },
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cable = await getCableBySlug((await params).slug);
  if (!cable) return { title: "Cable not in the archive" };
  const name = cableName(cable.record);
  return { title: cable.record.subject ? `${name}: ${cable.record.subject}` : name };
}

export default async function CablePage({ params }: Props) {
  // proxy.ts sends missing cables to the not-found page; this covers one deleted since.
  const cable = await getCableBySlug((await params).slug);
  if (!cable) notFound();

  const { record } = cable;
  const { citations, archived, mentioned, adjacent, graph } = await getCablePageLinks(cable);
  const links = recordLinkContext(record, mentioned);

  return (
    <article className="space-y-6">
      <AdjacentCableLinks adjacent={adjacent} />
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
          <span className="font-mono text-base font-semibold text-stone-900">{cableName(record)}</span>
          <span>{record.date ? formatDateTime(record.date) : "Date unknown"}</span>
          <span>{record.origin ?? "Origin unknown"}</span>
          <ClassificationBadge classification={record.classification} />
        </p>
        <h1 className="text-xl font-semibold leading-snug tracking-tight sm:text-2xl">
          {record.subject ?? <span className="italic text-stone-500">No subject</span>}
        </h1>
        {record.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
            {record.tags.map((tag) => (
              <li key={tag}>
                <TagLink tag={tag} />
              </li>
            ))}
          </ul>
        )}
      </header>

      <CableNotes record={record} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_1fr]">
        <div className="space-y-4 lg:col-start-2 lg:row-start-1">
          <Panel id="references-heading" title="References">
            <CableReferences references={record.references} archived={archived} />
          </Panel>
          <Panel id="cited-by-heading" title="Cited by">
            {citations.length > 0 ? (
              <CitationList citations={citations} label="Cables citing this cable" />
            ) : (
              <p className="text-sm italic text-stone-500">
                {record.id ? "No cable in the archive cites this one." : "Without a known year no cable can be matched to it."}
              </p>
            )}
          </Panel>
        </div>

        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          {(record.summary || record.comment) && (
            <div className="space-y-3">
              {NOTES.map(({ field, title }) => {
                const text = record[field];
                return (
                  text && (
                    <section key={field} aria-labelledby={`${field}-heading`} className="rounded-lg bg-stone-100 p-4">
                      <h2 id={`${field}-heading`} className="mb-1 text-sm font-semibold uppercase tracking-wide text-stone-600">
                        {title}
                      </h2>
                      <CableTextBlock text={text} links={links} />
                    </section>
                  )
                );
              })}
            </div>
          )}
          <section aria-labelledby="text-heading">
            <h2 id="text-heading" className="mb-3 text-lg font-semibold tracking-tight">
              Text
            </h2>
            {record.paragraphs.length > 0 ? (
              <CableParagraphs paragraphs={record.paragraphs} links={links} />
            ) : (
              <p className="italic text-stone-500">No paragraphs were found; see the original text.</p>
            )}
          </section>
          <details className="group rounded-lg border border-stone-200 bg-white">
            <summary className="cursor-pointer select-none px-4 py-3 font-medium text-stone-800 hover:bg-stone-50">
              Original text
            </summary>
            <pre className="overflow-x-auto whitespace-pre-wrap break-words border-t border-stone-200 px-4 py-3 font-mono text-xs leading-relaxed text-stone-800">
              {record.text}
            </pre>
          </details>
        </div>

        <div className="space-y-4 lg:col-start-2 lg:row-start-2 lg:self-start">
          <Panel id="details-heading" title="Details">
            <CableDetails record={record} />
          </Panel>
          <Panel id="routing-heading" title="Routing">
            <CableRouting routing={record.routing} />
          </Panel>
          {record.entities.length > 0 && (
            <Panel id="entities-heading" title="Named entities">
              <CableEntities entities={record.entities} />
            </Panel>
          )}
        </div>
      </div>

      <section aria-labelledby="graph-heading" className="rounded-lg border border-stone-200 bg-white p-4">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="graph-heading" className="text-base font-semibold text-stone-900">
            Citation graph
          </h2>
          <p className="text-sm">
            <Link href="/cited" className="text-amber-800 hover:underline">
              Most cited cables
            </Link>
            <span aria-hidden="true" className="px-2 text-stone-400">·</span>
            <Link href="/wanted" className="text-amber-800 hover:underline">
              Wanted cables
            </Link>
          </p>
        </div>
        <CitationGraph layout={layoutGraph(graph)} />
      </section>
    </article>
  );
}
