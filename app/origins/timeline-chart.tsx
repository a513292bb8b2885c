import Link from "next/link";
import { plural } from "@/components/format";
import { cablesHrefFor } from "@/lib/queries/cable-filters";
import type { Timeline, TimelineBar } from "@/lib/queries/origins-timeline-bars";

/** Smallest visible bar for a non-empty period, in percent of the chart's height. */
const MIN_BAR_PERCENT = 2;
/** Narrowest bar in pixels; a long span scrolls sideways rather than squeezing bars away. */
const MIN_BAR_PX = 8;
/** Yearly charts label every fifth year; monthly charts label each January. */
const YEAR_TICK_EVERY = 5;

function tickLabel(bar: TimelineBar, index: number, unit: Timeline["unit"]): string | null {
  if (unit === "year") return index === 0 || Number(bar.period) % YEAR_TICK_EVERY === 0 ? bar.period : null;
  if (index === 0) return bar.period;
  return bar.period.endsWith("-01") ? bar.period.slice(0, 4) : null;
}

/** Bars of a post's cables per month or year, server-rendered; each bar links to the list for its period. */
export function TimelineChart({ origin, timeline }: { origin: string; timeline: Timeline }) {
  const { bars, max, unit } = timeline;
  if (bars.length === 0) return <p className="text-sm text-stone-600">None of this post&apos;s cables has a known date.</p>;
  const first = bars[0].period;
  const last = bars[bars.length - 1].period;

  return (
    <figure className="space-y-1">
      <figcaption className="text-sm text-stone-600">
        Cables per {unit}, {first === last ? first : `${first} to ${last}`}; the tallest bar is {plural(max, "cable")}.
      </figcaption>
      <div className="overflow-x-auto pb-1">
        <ol
          aria-label={`Cables per ${unit}`}
          className="flex h-40 min-w-full items-end gap-px border-b border-stone-300"
          style={{ width: `max(100%, ${bars.length * MIN_BAR_PX}px)` }}
        >
          {bars.map((bar) => {
            const label = `${bar.period}: ${plural(bar.count, "cable")}`;
            const height = bar.count === 0 ? 0 : Math.max(MIN_BAR_PERCENT, (100 * bar.count) / max);
            return (
              <li key={bar.period} className="flex h-full flex-1 items-end">
                {bar.count > 0 ? (
                  <Link
                    href={cablesHrefFor({ origin, from: bar.from, to: bar.to })}
                    aria-label={label}
                    title={label}
                    className="block w-full rounded-t-sm bg-amber-600 hover:bg-amber-800 focus-visible:bg-amber-800"
                    style={{ height: `${height}%` }}
                  />
                ) : (
                  <span className="sr-only">{label}</span>
                )}
              </li>
            );
          })}
        </ol>
        <div aria-hidden="true" className="flex min-w-full gap-px text-xs tabular-nums text-stone-500" style={{ width: `max(100%, ${bars.length * MIN_BAR_PX}px)` }}>
          {bars.map((bar, index) => (
            <span key={bar.period} className="flex-1 overflow-visible whitespace-nowrap">
              {tickLabel(bar, index, unit)}
            </span>
          ))}
        </div>
      </div>
    </figure>
  );
}
