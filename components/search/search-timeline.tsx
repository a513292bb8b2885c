import { plural } from "@/components/format";
import { cablesHref, type CableFilters } from "@/lib/queries/cable-filters";
import { timelineOf, type MonthCount } from "@/lib/queries/origins-timeline-bars";

/** Geometry of the chart in SVG units; the SVG stretches to the width it is given. */
const BAR_WIDTH = 10;
const BAR_GAP = 2;
const CHART_HEIGHT = 60;
/** A period with any cable stays visible and clickable. */
const MIN_BAR_HEIGHT = 3;

/**
 * The result set over time as a server-rendered SVG: a bar per month (per year over long spans),
 * each a link that narrows the date range to its period while keeping the query and filters.
 */
export function SearchTimeline({ filters, months, undated }: { filters: CableFilters; months: MonthCount[]; undated: number }) {
  const { unit, bars, max } = timelineOf(months, undated);
  if (bars.length === 0) return null;
  const width = bars.length * (BAR_WIDTH + BAR_GAP);
  const first = bars[0].period;
  const last = bars[bars.length - 1].period;
  return (
    <figure aria-labelledby="timeline-caption" className="space-y-1">
      <figcaption id="timeline-caption" className="flex justify-between gap-3 text-xs text-stone-600">
        <span>
          Cables per {unit}, {first === last ? first : `${first} to ${last}`}
          {undated > 0 && ` (${plural(undated, "cable")} undated)`}: click a bar to narrow the dates.
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${CHART_HEIGHT}`}
        preserveAspectRatio="none"
        className="h-16 w-full border-b border-stone-300"
        aria-label={`Cables per ${unit}`}
      >
        {bars.map((bar, index) => {
          if (bar.count === 0) return null;
          const height = Math.max(MIN_BAR_HEIGHT, (CHART_HEIGHT * bar.count) / max);
          const label = `${bar.period}: ${plural(bar.count, "cable")}`;
          return (
            <a key={bar.period} href={cablesHref(filters, { from: bar.from, to: bar.to })} aria-label={label}>
              <title>{label}</title>
              <rect
                x={index * (BAR_WIDTH + BAR_GAP)}
                y={CHART_HEIGHT - height}
                width={BAR_WIDTH}
                height={height}
                className="fill-amber-600 hover:fill-amber-800"
              />
            </a>
          );
        })}
      </svg>
      <p aria-hidden="true" className="flex justify-between text-xs tabular-nums text-stone-500">
        <span>{first}</span>
        <span>{last}</span>
      </p>
    </figure>
  );
}
