import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CableList } from "@/components/cable-list";
import { plural } from "@/components/format";
import { SectionHeading } from "@/components/section-heading";
import { cablesHrefFor, DEFAULT_FILTERS } from "@/lib/queries/cable-filters";
import { listCables } from "@/lib/queries/cable-list";
import { timelineOf } from "@/lib/queries/origins-timeline-bars";
import { Breadcrumb } from "@/components/breadcrumb";
import { Pagination, pageHref } from "@/components/pagination";
import { pageFromParams } from "@/lib/queries/page-param";
import { originHref, routeParam } from "@/components/hrefs";
import { TimelineChart } from "../timeline-chart";
import { yearSpan } from "../year-span";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ origin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: routeParam((await params).origin) };
}

export default async function OriginPage({ params, searchParams }: Props) {
  const origin = routeParam((await params).origin);
  const page = pageFromParams((await searchParams).page);
  const list = await listCables({ ...DEFAULT_FILTERS, origin, page });
  if (list.total === 0) notFound();
  const { undated } = list;
  const timeline = timelineOf(list.months, undated);
  const dated = timeline.bars;
  const span = dated.length > 0 ? yearSpan(dated[0].from, dated[dated.length - 1].to) : null;

  return (
    <div className="space-y-8">
      <Breadcrumb href="/origins" label="Origins" current={origin} />
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">{origin}</h1>
        <p className="text-stone-700">
          {plural(list.total, "cable")}
          {span && `, ${span}`}
          {undated > 0 && ` (${plural(undated, "cable")} without a known date)`}.
        </p>
        <p>
          <Link href={cablesHrefFor({ origin })} className="text-sm font-medium text-amber-800 hover:underline">
            Filter the cable list by this post →
          </Link>
        </p>
      </header>
      <section aria-labelledby="timeline-heading">
        <SectionHeading id="timeline-heading">Cables over time</SectionHeading>
        <TimelineChart origin={origin} timeline={timeline} />
      </section>
      <section aria-labelledby="cables-heading" className="space-y-3">
        <SectionHeading id="cables-heading">Cables, newest first</SectionHeading>
        {list.items.length > 0 ? (
          <CableList cables={list.items} label={`Cables from ${origin}`} />
        ) : (
          <p role="status" className="text-sm text-stone-700">
            Page {page} is past the last page ({list.pageCount}).
          </p>
        )}
        <Pagination page={page} pageCount={list.pageCount} hrefFor={(to) => pageHref(originHref(origin), to)} />
      </section>
    </div>
  );
}
