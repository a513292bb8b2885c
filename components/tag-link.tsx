import Link from "next/link";
import { cablesHrefFor } from "@/lib/queries/cable-filters";

export function TagLink({ tag, count }: { tag: string; count?: number }) {
  return (
    <Link
      href={cablesHrefFor({ tag: [tag] })}
      className="tag-chip"
    >
      {tag}
      {count !== undefined && <span className="count">{count.toLocaleString("en-US")}</span>}
    </Link>
  );
}
