import { describe, expect, it } from "vitest";
import { fullYear, parseDateTimeGroup, printedCopyYear } from "./dtg";

describe("parseDateTimeGroup", () => {
  it.each([
    ["P 261812Z JAN 07", { precedence: "P", group: "261812Z JAN 07", date: "2007-01-26T18:12:00Z", year: 2007 }],
    ["R 300758Z JUN 85", { precedence: "R", group: "300758Z JUN 85", date: "1985-06-30T07:58:00Z", year: 1985 }],
    ["O 191241Z SEP 96", { precedence: "O", group: "191241Z SEP 96", date: "1996-09-19T12:41:00Z", year: 1996 }],
    ["R 012047Z DEC 00", { precedence: "R", group: "012047Z DEC 00", date: "2000-12-01T20:47:00Z", year: 2000 }],
    ["R 231510Z SEP 00 ZDS", { precedence: "R", group: "231510Z SEP 00", date: "2000-09-23T15:10:00Z", year: 2000 }],
    ["O 031401Z JUN 08 ZDS CTG RUEHSD 0020 1580042", { precedence: "O", group: "031401Z JUN 08", date: "2008-06-03T14:01:00Z", year: 2008 }],
    ["O R 181731Z FEB 10", { precedence: "O R", group: "181731Z FEB 10", date: "2010-02-18T17:31:00Z", year: 2010 }],
    ["291359Z Nov 00", { precedence: null, group: "291359Z NOV 00", date: "2000-11-29T13:59:00Z", year: 2000 }],
  ])("%s", (line, expected) => {
    expect(parseDateTimeGroup(line)).toEqual(expected);
  });

  it.each(["DE RUEHPE #0218/01 0261812", "PAGE 02        CAPE T  00097  01 OF 03  182017Z", "REF: 071407Z JAN 04", "P 321812Z JAN 07", "P 261812Z FOO 07"])(
    "is not a date-time group: %s",
    (line) => {
      expect(parseDateTimeGroup(line)).toBeNull();
    },
  );
});

describe("fullYear", () => {
  it.each([
    ["66", 1966],
    ["99", 1999],
    ["05", 2005],
    ["10", 2010],
    ["2006", 2006],
  ])("%s -> %i", (digits, year) => {
    expect(fullYear(digits)).toBe(year);
  });
});

describe("printedCopyYear", () => {
  it("reads the year of a printed copy's document number", () => {
    expect(printedCopyYear("2002HOCHI00695 - UNCLASSIFIED")).toBe(2002);
    expect(printedCopyYear("UNCLASSIFIED     PTQ9877")).toBeNull();
  });
});
