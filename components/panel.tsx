import type { ReactNode } from "react";

/** A titled box of a cable page's side column ("Cited by", "References", ...). */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={id} className="mb-2 text-base font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
