import { describe, expect, it } from "vitest";
import { MAX_MONTHLY_SPAN, timelineOf } from "@/lib/queries/origins-timeline-bars";

describe("timelineOf", () => {
  it("is empty without dated cables, keeping the undated count", () => {
    expect(timelineOf([], 2)).toEqual({ unit: "year", bars: [], max: 0, undated: 2 });
  });

  it("shows months over a short span, empty months included, with each month's first and last day", () => {
    const timeline = timelineOf([
      { month: "2007-03", count: 1 },
      { month: "2007-01", count: 4 },
    ]);
    expect(timeline.unit).toBe("month");
    expect(timeline.max).toBe(4);
    expect(timeline.bars).toEqual([
      { period: "2007-01", count: 4, from: "2007-01-01", to: "2007-01-31" },
      { period: "2007-02", count: 0, from: "2007-02-01", to: "2007-02-28" },
      { period: "2007-03", count: 1, from: "2007-03-01", to: "2007-03-31" },
    ]);
  });

  it("knows leap years and December", () => {
    const { bars } = timelineOf([
      { month: "2007-12", count: 1 },
      { month: "2008-02", count: 1 },
    ]);
    expect(bars.map((bar) => bar.to)).toEqual(["2007-12-31", "2008-01-31", "2008-02-29"]);
  });

  it("adds months up into years over a long span, empty years included", () => {
    const timeline = timelineOf([
      { month: "1985-06", count: 2 },
      { month: "1985-09", count: 3 },
      { month: "1987-01", count: 1 },
      { month: "2005-01", count: 7 },
    ]);
    expect(timeline.unit).toBe("year");
    expect(timeline.bars).toHaveLength(2005 - 1985 + 1);
    expect(timeline.bars[0]).toEqual({ period: "1985", count: 5, from: "1985-01-01", to: "1985-12-31" });
    expect(timeline.bars[1].count).toBe(0);
    expect(timeline.max).toBe(7);
  });

  it("switches to years exactly past the monthly span", () => {
    const start = { month: "2000-01", count: 1 };
    const lastMonthly = `${2000 + Math.floor((MAX_MONTHLY_SPAN - 1) / 12)}-${String(((MAX_MONTHLY_SPAN - 1) % 12) + 1).padStart(2, "0")}`;
    expect(timelineOf([start, { month: lastMonthly, count: 1 }]).unit).toBe("month");
    expect(timelineOf([start, { month: "2003-01", count: 1 }]).unit).toBe("year");
  });
});
