import { describe, expect, it } from "vitest";
import { emptyCounts } from "@/lib/db/ingest";
import { createProgressReporter, formatDuration, progressLine } from "@/lib/db/progress";

const MB = 1024 * 1024;

describe("ingest progress", () => {
  it.each([
    [0, "0s"],
    [59.4, "59s"],
    [61, "1m01s"],
    [3725, "62m05s"],
    [Infinity, "?"],
  ])("formats %s seconds as %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it("says bytes and cables done, the rate and the time left", () => {
    const counts = { ...emptyCounts(), bytes: 100 * MB, records: 20_000, rejected: 2 };
    expect(progressLine(counts, 400 * MB, 20_000)).toBe(
      "100.0 of 400.0 MB (25%), 20,000 cables, 1,000 cables/s, 1m00s left, 2 rejected",
    );
  });

  it("writes a plain line at most every 10 s when not on a terminal", () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    let now = 0;
    const reporter = createProgressReporter(stream, () => now);
    reporter.setTotal(10 * MB);
    for (now = 1_000; now <= 25_000; now += 1_000) reporter.update({ ...emptyCounts(), bytes: now * 100, records: now });
    expect(written).toHaveLength(2);
    expect(written.every((line) => line.startsWith("ingest: ") && line.endsWith("\n"))).toBe(true);
  });

  it("rewrites one line on a terminal and clears it before other output", () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    let now = 0;
    const reporter = createProgressReporter(stream, () => now);
    now = 1_000;
    reporter.update(emptyCounts());
    reporter.clear();
    expect(written[0]).toMatch(/^\ringest: .*\x1b\[K$/);
    expect(written[1]).toBe("\r\x1b[K");
  });
});
