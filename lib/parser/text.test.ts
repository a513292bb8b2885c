import { describe, expect, it } from "vitest";
import { collapseSpaceRuns, tidySpacing } from "./text";

describe("collapseSpaceRuns", () => {
  it.each([
    ["no runs", "no runs"],
    ["end.  Next", "end. Next"],
    ["a   b    c", "a b c"],
    ["  leading and trailing  ", " leading and trailing "],
    ["", ""],
  ])("%j -> %j", (input, output) => expect(collapseSpaceRuns(input)).toBe(output));
});

describe("tidySpacing", () => {
  it.each([
    ["PolCouns Alexander Margulies .", "PolCouns Alexander Margulies."],
    ["1.4 ( b , d )", "1.4 (b, d)"],
  ])("%j -> %j", (input, output) => expect(tidySpacing(input)).toBe(output));
});
