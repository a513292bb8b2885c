/** Previous and next cable by date, as rel=prev/next links that `[` and `]` follow. */
import Link from "next/link";
import { cableName, formatDay } from "@/components/format";
import { cableHref } from "@/components/hrefs";
import { NEXT_CABLE, PREVIOUS_CABLE } from "@/components/keyboard/keyboard-attributes";
import type { AdjacentCable, AdjacentCables } from "@/lib/queries/adjacent-cables";

const LINK = "group flex min-w-0 flex-col rounded border border-stone-200 bg-white px-3 py-1.5 hover:border-amber-600";

const KEY = "rounded border border-stone-300 bg-stone-50 px-1 font-mono text-[10px] text-stone-600";

function Label({ cable, direction, shortcut }: { cable: AdjacentCable; direction: string; shortcut: string }) {
  return (
    <>
      <span className="text-xs text-stone-500">
        {direction}{" "}
        <kbd aria-hidden="true" className={KEY}>
          {shortcut}
        </kbd>
      </span>
      <span className="truncate font-mono text-amber-800 group-hover:underline">{cableName(cable)}</span>
      <span className="text-xs text-stone-600">{formatDay(cable.date)}</span>
    </>
  );
}

export function AdjacentCableLinks({ adjacent }: { adjacent: AdjacentCables }) {
  const { previous, next } = adjacent;
  if (!previous && !next) return null;
  return (
    <nav aria-label="Cables by date" className="flex items-stretch justify-between gap-3 text-sm">
      {previous ? (
        <Link href={cableHref(previous.slug)} {...PREVIOUS_CABLE} className={LINK}>
          <Label cable={previous} direction="← Previous cable" shortcut="[" />
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={cableHref(next.slug)} {...NEXT_CABLE} className={`${LINK} items-end text-right`}>
          <Label cable={next} direction="Next cable →" shortcut="]" />
        </Link>
      )}
    </nav>
  );
}
