import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "@/components/format";
import { SectionHeading } from "@/components/section-heading";
import { groupTagsByKind } from "@/lib/glossary/group";
import { getTagCounts } from "@/lib/queries/tag-counts";
import { tagHref } from "@/components/hrefs";
import { TableHead } from "@/components/table-head";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Tags" };

const COLUMNS = [{ label: "Tag" }, { label: "Meaning" }, { label: "Cables", numeric: true }] as const;

export default function TagsPage() {
  const counts = getTagCounts();
  // Spellings of a tag other than the one it is listed by: counted with it.
  const otherSpellings = new Map(counts.map(({ value, spellings }) => [value, spellings.slice(1).map((spelling) => spelling.value)]));
  const groups = groupTagsByKind(counts);
  const tagCount = groups.reduce((sum, group) => sum + group.items.length, 0);
  const explained = groups.reduce((sum, group) => sum + group.items.filter((item) => item.meaning !== null).length, 0);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Tags</h1>
        <p className="max-w-3xl text-stone-700">
          Every cable carries TAGS: subject codes (PREL foreign relations, SNAR narcotics), program codes (K…),
          countries and organizations, sometimes people or free text. This glossary lists each tag in the archive with
          what it means and how many cables carry it.
        </p>
        <p role="status" className="text-sm text-stone-600">
          {tagCount > 0
            ? `${plural(tagCount, "tag")}; the glossary explains ${explained.toLocaleString("en-US")} of them.`
            : "No tags yet: the archive is empty."}
        </p>
      </header>

      {groups.length > 0 && (
        <nav aria-label="Kinds of tags">
          <ul className="flex flex-wrap gap-2 text-sm">
            {groups.map((group) => (
              <li key={group.kind}>
                <a href={`#${group.kind}`} className="rounded border border-stone-300 bg-white px-2.5 py-1 hover:border-amber-600 hover:text-amber-800">
                  {group.label} <span className="text-stone-500">{group.items.length.toLocaleString("en-US")}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`${group.kind}-heading`} id={group.kind} className="scroll-mt-4">
          <SectionHeading id={`${group.kind}-heading`}>{group.label}</SectionHeading>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <TableHead caption={`${group.label}: tag, meaning and number of cables`} columns={COLUMNS} />
              <tbody className="divide-y divide-stone-100">
                {group.items.map((item) => (
                  <tr key={item.tag}>
                    <td className="px-4 py-1.5 align-top">
                      <Link href={tagHref(item.tag)} className="cable-link">
                        {item.tag}
                      </Link>
                      {otherSpellings.get(item.tag)?.length ? (
                        <span className="block text-xs text-stone-500">also written {otherSpellings.get(item.tag)?.join(", ")}</span>
                      ) : null}
                    </td>
                    <td className="px-4 py-1.5 align-top text-stone-800">
                      {item.meaning ?? <span className="text-stone-500">Meaning not known</span>}
                    </td>
                    <td className="px-4 py-1.5 text-right align-top tabular-nums text-stone-600">{item.count.toLocaleString("en-US")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
