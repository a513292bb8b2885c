"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A header link that tells assistive technology, and the eye, which section the reader is in. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded px-3 py-2 text-stone-700 hover:bg-stone-100 hover:text-stone-950 aria-[current=page]:bg-amber-50 aria-[current=page]:text-amber-900"
    >
      {children}
    </Link>
  );
}
