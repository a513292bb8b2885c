import Link from "next/link";

/** "Tags / SNAR": the way back from one entry to the index it belongs to. */
export function Breadcrumb({ href, label, current, mono = false }: { href: string; label: string; current: string; mono?: boolean }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
      <Link href={href} className="text-amber-800 hover:underline">
        {label}
      </Link>{" "}
      / <span className={mono ? "font-mono" : undefined}>{current}</span>
    </nav>
  );
}
