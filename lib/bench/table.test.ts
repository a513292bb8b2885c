import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration, formatTable } from "@/lib/bench/table";

describe("formatTable", () => {
  it("aligns figure columns right and text columns left", () => {
    const table = formatTable(
      ["request", "p95", "note"],
      [
        ["search", "93 ms", "met"],
        ["cable page", "1,137 ms", "MISSED"],
      ],
    );
    expect(table.split("\n")).toEqual([
      "request          p95  note",
      "----------  --------  ------",
      "search         93 ms  met",
      "cable page  1,137 ms  MISSED",
    ]);
  });
});

describe("formats", () => {
  it.each([
    [512, "512 B"],
    [1536, "1.5 kB"],
    [1_583_030_410, "1.58 GB"],
  ])("%d bytes is %s", (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it.each([
    [250, "250 ms"],
    [14_000, "14.0 s"],
    [754_000, "12 min 34 s"],
  ])("%d ms is %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});
