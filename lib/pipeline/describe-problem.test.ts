import { describe, expect, it } from "vitest";
import { describeProblem, describeSourceKey } from "./describe-problem";

describe("describeProblem", () => {
  it.each([
    [{ path: "in/blob.bin", reason: "binary file: NUL byte at offset 3" }, "in/blob.bin: binary file: NUL byte at offset 3"],
    [{ path: "cables.csv", row: 12, reason: "unterminated quote" }, "cables.csv row 12: unterminated quote"],
    [{ path: "cables.csv", row: 0, reason: "empty file" }, "cables.csv row 0: empty file"],
  ])("%o -> %s", (problem, line) => {
    expect(describeProblem(problem)).toBe(line);
  });
});

describe("describeSourceKey", () => {
  it.each([
    [{ path: "in/a.txt" }, "in/a.txt"],
    [{ path: "cables.csv", row: 7 }, "cables.csv row 7"],
  ])("%o -> %s", (source, line) => {
    expect(describeSourceKey(source)).toBe(line);
  });
});
