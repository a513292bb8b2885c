import type { CableRecord } from "@/lib/record/schema";

/**
 * What the parser could not determine or only inferred, shown plainly: a reader must know
 * which values are facts from the text and which are guesses.
 */
export function CableNotes({ record }: { record: CableRecord }) {
  const yearUnknown = record.year === null;
  const notes = [
    ...(yearUnknown ? ["Year unknown: the text does not state it, so the cable has no canonical id."] : []),
    ...record.inferences.map(
      (inference) =>
        `Inferred ${inference.field}: ${inference.value} (from ${inference.evidence}). Weak evidence: not used as a fact.`,
    ),
    ...record.warnings,
  ];
  const uniqueNotes = [...new Set(notes)];
  if (uniqueNotes.length === 0 && !record.partial) return null;
  return (
    <aside aria-label="Notes on this record" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      {record.partial && (
        <p className="font-medium">Partial extract: the full text of the original cable is not available.</p>
      )}
      {uniqueNotes.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {uniqueNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}
