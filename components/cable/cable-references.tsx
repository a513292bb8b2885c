import Link from "next/link";
import { referenceAnchors } from "@/components/cable-text/reference-anchor";
import { cableHref } from "@/components/hrefs";
import type { Reference } from "@/lib/record/schema";

/** The REF list: every resolved reference links to its cable page, in the archive or not. */
export function CableReferences({ references, archived }: { references: Reference[]; archived: Set<string> }) {
  if (references.length === 0) return <p className="text-sm italic text-stone-500">No references.</p>;
  const anchors = referenceAnchors(references);
  return (
    <ol aria-label="References" className="space-y-1.5 text-sm">
      {references.map((reference, index) => (
        <li
          key={index}
          id={anchors[index]}
          className="flex scroll-mt-6 gap-2 rounded target:bg-amber-50 target:ring-2 target:ring-amber-500/40"
        >
          <span className="w-6 shrink-0 font-mono font-semibold text-stone-500">
            {reference.label ? `${reference.label}.` : "–"}
          </span>
          <span className="min-w-0">
            {reference.id ? (
              <Link href={cableHref(reference.id)} className="font-mono text-amber-800 underline-offset-2 hover:underline">
                {reference.text}
              </Link>
            ) : (
              <span className="font-mono">{reference.text}</span>
            )}
            <span className="block text-xs text-stone-500">
              {reference.id
                ? `${reference.id}${archived.has(reference.id) ? "" : " · not in the archive"}`
                : reference.kind === "cable"
                  ? "cable, not resolved to an id"
                  : reference.kind}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
