import Link from "next/link";
import { NavLink } from "@/components/nav-link";

const NAV_LINKS = [
  { href: "/", label: "Home" },
  { href: "/cables", label: "Cables" },
  { href: "/tags", label: "Tags" },
  { href: "/origins", label: "Origins" },
  { href: "/cited", label: "Most cited" },
  { href: "/wanted", label: "Wanted" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900">
          <span aria-hidden="true" className="mr-1.5 font-mono text-amber-700">▤</span>
          Cable Archive
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm font-medium">
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
