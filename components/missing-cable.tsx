import Link from "next/link";
import { Panel } from "@/components/panel";
import { CitationList } from "@/components/cable/citation-list";
import type { Citation } from "@/lib/queries/citing-cables";

/** The 404 of a cable id: cited by cables in the archive (with who cites it), or unknown altogether. */
export function MissingCable({ slug, citations }: { slug: string; citations: Citation[] }) {
  if (citations.length === 0) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Cable not found</h1>
        <p className="text-stone-700">
          There is no cable <span className="font-mono">{slug}</span> in the archive, and no cable in the archive
          cites it.
        </p>
        <p>
          <Link href="/cables" className="text-amber-800 underline">
            Browse all cables
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">
        <span className="font-mono">{slug}</span> is not in the archive
      </h1>
      <p className="text-stone-700">
        Cables in the archive cite <span className="font-mono">{slug}</span>, but its text is not part of this
        archive. What the citing cables say about it is the way in.
      </p>
      <Panel id="cited-by-heading" title="Cited by">
        <CitationList citations={citations} label={`Cables citing ${slug}`} />
      </Panel>
    </div>
  );
}
