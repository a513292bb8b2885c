import { describe, expect, it } from "vitest";
import { parseCableId, parseClassification, parseIdList, parseMetadataDate } from "./metadata-values";

describe("parseMetadataDate", () => {
  it.each([
    ["Fri Jan 26 00:00:00 +0100 2007", "2007-01-26T00:00:00Z"], // text export: wall-clock date kept
    ["Mon Mar 14 00:00:00 +0100 2005", "2005-03-14T00:00:00Z"],
    ["3/14/2005 21:05", "2005-03-14T21:05:00Z"], // cables.csv, record dump
    ["6/30/1985 7:58", "1985-06-30T07:58:00Z"],
    ["12/1/2010", "2010-12-01T00:00:00Z"],
    ["2004-02-19 20:08", "2004-02-19T20:08:00Z"], // site page
    ["2/30/2005 10:00", undefined], // no such day
    ["13/1/2005 10:00", undefined],
    ["yesterday", undefined],
  ])("%j -> %j", (input, output) => expect(parseMetadataDate(input)).toBe(output));
});

describe("metadata values", () => {
  it("classification: one of the six, case-insensitive", () => {
    expect(parseClassification("CONFIDENTIAL//NOFORN")).toBe("CONFIDENTIAL//NOFORN");
    expect(parseClassification("secret")).toBe("SECRET");
    expect(parseClassification("TOP SECRET")).toBeUndefined();
  });
  it("cable id: canonical form only", () => {
    expect(parseCableId("07LIMA218")).toBe("07LIMA218");
    expect(parseCableId(" 04taipei3668 ")).toBe("04TAIPEI3668");
    expect(parseCableId("LIMA 218")).toBeUndefined();
    // Some sources write the serial with leading zeros: the canonical id drops them.
    expect(parseCableId("10MAPUTO086")).toBe("10MAPUTO86");
    expect(parseCableId("04STATE0126527")).toBe("04STATE126527");
    expect(parseCableId("90STATE255195TOSEC140301")).toBe("90STATE255195TOSEC140301");
    expect(parseCableId("10MAPUTO0")).toBe("10MAPUTO0");
    expect(parseCableId("04IIRYEREVANDTG061337ZDEC04")).toBe("04IIRYEREVANDTG61337ZDEC04");
    expect(parseCableId("04STATE123AB")).toBeUndefined();
    expect(parseCableId("04STATE:208513")).toBeUndefined();
    // A serial too long to read exactly is turned away, not rewritten ("...567000").
    expect(parseCableId("10MAPUTO12345678901234567890")).toBeUndefined();
    expect(parseCableId("10MAPUTO9007199254740993")).toBeUndefined();
    expect(parseCableId("10MAPUTO0000000000000000086")).toBe("10MAPUTO86");
  });
  it("id lists: | or spaces or commas, empty is none", () => {
    expect(parseIdList("02HALIFAX91|03STATE36401")).toEqual(["02HALIFAX91", "03STATE36401"]);
    expect(parseIdList("05LIMA4, 05LIMA579")).toEqual(["05LIMA4", "05LIMA579"]);
    expect(parseIdList("")).toEqual([]);
  });
});
