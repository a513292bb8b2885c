import { describe, expect, it } from "vitest";
import { isSerial, isWord, isYear, parenYear, tokensOfUpper } from "./ref-tokens";

const SHAPES = { isWord, isSerial, isYear, parenYear };

describe("token shapes", () => {
  it.each<[keyof typeof SHAPES, string | undefined, boolean | string | undefined]>([
    ["isWord", "LIMA", true],
    ["isWord", "O'HARE", true],
    ["isWord", "TD-", true],
    ["isWord", "TD-315", false],
    ["isWord", "4766", false],
    ["isSerial", "0004", true],
    ["isSerial", "123456", true],
    ["isSerial", "1234567", false],
    ["isSerial", "1.5", false],
    ["isYear", "06", true],
    ["isYear", "1999", true],
    ["isYear", "2006", true],
    ["isYear", "1899", false],
    ["isYear", "006", false],
    ["parenYear", "(1999)", "1999"],
    ["parenYear", "(01)", "01"],
    ["parenYear", "(4766)", undefined],
    ["parenYear", "1999", undefined],
    // Past the last token every shape says no.
    ["isWord", undefined, false],
    ["isSerial", undefined, false],
    ["isYear", undefined, false],
    ["parenYear", undefined, undefined],
  ])("%s(%j) is %j", (shape, token, expected) => {
    expect(SHAPES[shape](token)).toBe(expected);
  });
});

describe("tokensOfUpper", () => {
  it("splits an item into years, words, serials and joiners", () => {
    expect(tokensOfUpper("2006 LIMA 4766; TALLINN 366, 347 AND 44603 (1999)")).toEqual(["2006", "LIMA", "4766", ";", "TALLINN", "366", ",", "347", "AND", "44603", "(1999)"]);
  });

  it("splits run-together ids of known stations only", () => {
    expect(tokensOfUpper("91JAKARTA14899 SANAA5295 QQQX1234 TD-315/12389-01 1.5 MILLION")).toEqual(["91", "JAKARTA", "14899", "SANAA", "5295", "QQQX1234", "TD-315/12389-01", "1.5", "MILLION"]);
  });
});
