import { plural } from "@/components/format";
import { cablesHref, type CableFilters } from "@/lib/queries/cable-filters";
import { timelineOf, type MonthCount } from "@/lib/queries/origins-timeline-bars";

/** Geometry of the chart in SVG units; the SVG stretches to the width it is given. */
const BAR_WIDTH = 10;
const BAR_GAP = 2;
const CHART_HEIGHT = 60;
/** A period with any cable stays visible and clickable. */
const MIN_BAR_HEIGHT = 3;
/** Widest a bar is drawn on screen: a few periods make a short chart, not a few slabs. */
const MAX_BAR_PX = 32;

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
        style={{ maxWidth: `${bars.length * MAX_BAR_PX}px` }}
        aria-label={`Cables per ${unit}`}
      >
        {bars.map((bar, index) => {
          if (bar.count === 0) return null;
          const height = Math.max(MIN_BAR_HEIGHT, (CHART_HEIGHT * bar.count) / max);
          const label = `${bar.period}: ${plural(bar.count, "cable")}`;
          return (
            <a key={bar.period} href={cablesHref(filters, { from: bar.from, to: bar.to })} aria-label={label} className="outline-none">
              <title>{label}</title>
              <rect
                x={index * (BAR_WIDTH + BAR_GAP)}
                y={CHART_HEIGHT - height}
                width={BAR_WIDTH}
                height={height}
                className="timeline-bar"
              />
            </a>
          );
        })}
      </svg>
      <p aria-hidden="true" className="flex justify-between text-xs tabular-nums text-stone-500" style={{ maxWidth: `${bars.length * MAX_BAR_PX}px` }}>
        <span>{first}</span>
        <span>{last}</span>
      </p>
    </figure>
  );
}
