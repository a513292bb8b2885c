import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CableList } from "@/components/cable-list";
import { plural } from "@/components/format";
import { describeTag, TAG_KIND_NAMES } from "@/lib/glossary";
import { cablesHrefFor, DEFAULT_FILTERS } from "@/lib/queries/cable-filters";
import { listCables } from "@/lib/queries/cable-list";
import { Breadcrumb } from "@/components/breadcrumb";
import { Pagination, pageHref } from "@/components/pagination";
import { pageFromParams } from "@/lib/queries/page-param";
import { routeParam, tagHref } from "@/components/hrefs";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ tag: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = routeParam((await params).tag);
  return { title: `Tag ${tag}` };
}

export default async function TagPage({ params, searchParams }: Props) {
  const written = routeParam((await params).tag).trim();
  const page = pageFromParams((await searchParams).page);
  // The list matches the tag case aside: its total is the count, and it names the spellings it merged.
  const list = await listCables({ ...DEFAULT_FILTERS, tag: [written], page });
  const [mostUsed] = list.tagSpellings;
  // One address a tag: the spelling most cables carry (`/tags/snar` → SNAR).
  if (mostUsed && mostUsed.value !== written) redirect(pageHref(tagHref(mostUsed.value), page));
  const stored = { tag: mostUsed?.value ?? written, count: list.total };

  const description = describeTag(stored.tag);
  if (stored.count === 0 && description.meaning === null) notFound();

  return (
    <div className="space-y-6">
      <Breadcrumb href="/tags" label="Tags" current={stored.tag} mono />
      <header className="space-y-2">
        <h1 className="font-mono text-2xl font-semibold tracking-tight">{stored.tag}</h1>
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-stone-500">Meaning</dt>
          <dd className="text-stone-900">{description.meaning ?? "Not known to the glossary"}</dd>
          <dt className="font-medium text-stone-500">Kind</dt>
          <dd className="text-stone-900">{TAG_KIND_NAMES[description.kind]}</dd>
          <dt className="font-medium text-stone-500">Cables</dt>
          <dd className="tabular-nums text-stone-900">{stored.count.toLocaleString("en-US")}</dd>
          {list.tagSpellings.length > 1 && (
            <>
              <dt className="font-medium text-stone-500">Spellings</dt>
              <dd className="text-stone-900">
                <p>Counted and listed as one tag; cables carry it as:</p>
                <ul aria-label="Spellings merged" className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {list.tagSpellings.map(({ value, count }) => (
                    <li key={value}>
                      <span className="font-mono">{value}</span> <span className="tabular-nums text-stone-600">({plural(count, "cable")})</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
        {stored.count > 0 && (
          <p>
            <Link href={cablesHrefFor({ tag: [stored.tag] })} className="text-sm font-medium text-amber-800 hover:underline">
              Filter the cable list by {stored.tag} →
            </Link>
          </p>
        )}
      </header>
      <section aria-label={`Cables tagged ${stored.tag}`} className="space-y-3">
        <p role="status" className="text-sm text-stone-700">
          {stored.count === 0
            ? "No cable in the archive carries this tag."
            : list.items.length > 0
              ? `${plural(list.total, "cable")}, newest first.`
              : `Page ${page} is past the last page (${list.pageCount}).`}
        </p>
        {list.items.length > 0 && <CableList cables={list.items} label={`Cables tagged ${stored.tag}`} />}
        <Pagination page={page} pageCount={list.pageCount} hrefFor={(to) => pageHref(tagHref(stored.tag), to)} />
      </section>
    </div>
  );
}
