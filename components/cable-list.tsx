import { CableMeta } from "@/components/cable-meta";
import { ClassificationBadge } from "@/components/classification-badge";
import { cableName } from "@/components/format";
import { RESULT } from "@/components/keyboard/keyboard-attributes";
import { TagLink } from "@/components/tag-link";
import type { CableListItem } from "@/lib/queries/cable-list-item";

export function CableList({ cables, label }: { cables: CableListItem[]; label: string }) {
  return (
    <ol aria-label={label} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {cables.map((cable) => (
        <li key={cable.slug} {...RESULT} className="px-4 py-3">
          <CableMeta slug={cable.slug} name={cableName(cable)} date={cable.date} origin={cable.origin}>
            <ClassificationBadge classification={cable.classification} />
            {cable.partial && <span className="text-xs text-stone-500">partial extract</span>}
          </CableMeta>
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
