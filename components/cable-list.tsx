import Link from "next/link";
import { ClassificationBadge } from "@/components/classification-badge";
import { cableName, formatDay } from "@/components/format";
import { cableHref } from "@/components/hrefs";
import { RESULT } from "@/components/keyboard/keyboard-attributes";
import { TagLink } from "@/components/tag-link";
import type { CableListItem } from "@/lib/queries/cable-list-item";

export function CableList({ cables, label }: { cables: CableListItem[]; label: string }) {
  return (
    <ol aria-label={label} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {cables.map((cable) => (
        <li key={cable.slug} {...RESULT} className="px-4 py-3">
          <div className="result-meta">
            <Link href={cableHref(cable.slug)} className="cable-link">
              {cableName(cable)}
            </Link>
            <span className="text-stone-600">{cable.date ? formatDay(cable.date) : "Date unknown"}</span>
            <span className="text-stone-600">{cable.origin ?? "Origin unknown"}</span>
            <ClassificationBadge classification={cable.classification} />
            {cable.partial && <span className="text-xs text-stone-500">partial extract</span>}
          </div>
          <p className="mt-1 text-stone-900">{cable.subject ?? <em className="text-stone-500">No subject</em>}</p>
          {cable.tags.length > 0 && (
            <ul aria-label="Tags" className="mt-1.5 flex flex-wrap gap-1">
              {cable.tags.map((tag) => (
                <li key={tag}>
                  <TagLink tag={tag} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
