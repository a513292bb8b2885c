import Link from "next/link";
import type { ReactNode } from "react";
import { formatDay } from "@/components/format";
import { cableHref } from "@/components/hrefs";

type Props = { slug: string; name: string; date: string | null; origin: string | null; children?: ReactNode };

/** A listed cable's first line: its name linking to it, its date and origin, then what the list adds (a badge, a note). */
export function CableMeta({ slug, name, date, origin, children }: Props) {
  return (
    <div className="result-meta">
      <Link href={cableHref(slug)} className="cable-link">
        {name}
      </Link>
      <span className="text-stone-600">{date ? formatDay(date) : "Date unknown"}</span>
      <span className="text-stone-600">{origin ?? "Origin unknown"}</span>
      {children}
    </div>
  );
}
