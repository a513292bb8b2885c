import type { ReactNode } from "react";

export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mb-3 text-lg font-semibold tracking-tight text-stone-900">
      {children}
    </h2>
  );
}
