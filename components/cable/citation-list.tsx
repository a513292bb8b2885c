import Link from "next/link";
import { cableName, formatDay } from "@/components/format";
import { cableHref } from "@/components/hrefs";
import type { Citation } from "@/lib/queries/citing-cables";

/** Cables that cite a cable, each with the REF label and text it uses. */
export function CitationList({ citations, label }: { citations: Citation[]; label: string }) {
  return (
    <ul aria-label={label} className="space-y-2 text-sm">
      {citations.map((citation, index) => (
        <li key={`${citation.slug}-${index}`}>
          <Link href={cableHref(citation.slug)} className="cable-link">
            {cableName(citation)}
          </Link>
          <span className="text-stone-600">
            {" "}
            as REF {citation.label ?? "(unlabelled)"}: <span className="font-mono">{citation.text}</span>
          </span>
          <span className="block text-xs text-stone-500">
            {citation.date ? formatDay(citation.date) : "Date unknown"}
            {citation.subject && ` · ${citation.subject}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
