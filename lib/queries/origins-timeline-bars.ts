/**
 * A post's cables over time as bars: per month when it wrote over a short span, per year when it
 * wrote over many. Pure: the counts come from origins-timeline.ts.
 */

export type MonthCount = { month: string; count: number };

export type TimelineBar = {
  /** "2007" or "2007-01". */
  period: string;
  count: number;
  /** First and last day of the period, for a link to the date-filtered list. */
  from: string;
  to: string;
};

export type Timeline = { unit: "month" | "year"; bars: TimelineBar[]; max: number; undated: number };

/** Up to this many months between the first and last cable, bars are months; beyond, years. */
export const MAX_MONTHLY_SPAN = 36;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, "0")}`;
}

/** Every month or year from the first to the last, empty ones included so gaps show as gaps. */
export function timelineOf(months: readonly MonthCount[], undated = 0): Timeline {
  if (months.length === 0) return { unit: "year", bars: [], max: 0, undated };
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const first = monthIndex(sorted[0].month);
  const last = monthIndex(sorted[sorted.length - 1].month);
  const counts = new Map(sorted.map(({ month, count }) => [month, count]));
  const bars: TimelineBar[] = [];
  if (last - first < MAX_MONTHLY_SPAN) {
    for (let index = first; index <= last; index++) {
      const month = monthOf(index);
      bars.push({ period: month, count: counts.get(month) ?? 0, from: `${month}-01`, to: lastDayOf(month) });
    }
    return { unit: "month", bars, max: Math.max(...bars.map((bar) => bar.count)), undated };
  }
  const perYear = new Map<number, number>();
  for (const { month, count } of sorted) perYear.set(Number(month.slice(0, 4)), (perYear.get(Number(month.slice(0, 4))) ?? 0) + count);
  for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year++) {
    bars.push({ period: String(year), count: perYear.get(year) ?? 0, from: `${year}-01-01`, to: `${year}-12-31` });
  }
  return { unit: "year", bars, max: Math.max(...bars.map((bar) => bar.count)), undated };
}
