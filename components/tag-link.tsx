import Link from "next/link";
import { cablesHrefFor } from "@/lib/queries/cable-filters";

export function TagLink({ tag, count }: { tag: string; count?: number }) {
  return (
    <Link
      href={cablesHrefFor({ tag: [tag] })}
      className="inline-flex items-center gap-1 rounded border border-stone-300 bg-white px-1.5 py-0.5 font-mono text-xs text-stone-800 hover:border-amber-600 hover:text-amber-800"
    >
      {tag}
      {count !== undefined && <span className="text-stone-500">{count.toLocaleString("en-US")}</span>}
    </Link>
  );
}
