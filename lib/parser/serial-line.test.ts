import { describe, expect, it } from "vitest";
import { cableId, findRunInSerialLine, parseSerialLine } from "./serial-line";

describe("parseSerialLine", () => {
  it.each([
    ["UNCLAS LIMA 000218", ["UNCLAS"], null, "LIMA", 218, null],
    ["C O N F I D E N T I A L SECTION 01 OF 03 LIMA 001246", ["CONFIDENTIAL"], "01 OF 03", "LIMA", 1246, null],
    ["UNCLAS SECTION 01 OF 03 LIMA 001409", ["UNCLAS"], "01 OF 03", "LIMA", 1409, null],
    ["C o n f i d e n t i a l section 01 of 04 ankara 000348", ["CONFIDENTIAL"], "01 OF 04", "ANKARA", 348, null],
    ["C O N F I D E N T I A L SECTION 01 OF 02 HONG KONG 008575", ["CONFIDENTIAL"], "01 OF 02", "HONGKONG", 8575, null],
    ["UNCLAS SECTION 01 OF 02 HO CHI MINH CITY 000695", ["UNCLAS"], "01 OF 02", "HOCHIMINHCITY", 695, null],
    ["UNCLAS  USUN NEW YORK 002570", ["UNCLAS"], null, "USUNNEWYORK", 2570, null],
    ["UNCLASSIFIED LIMITED OFFICIAL USE SECTION 01 OF 03 ZAGREB 001222", ["UNCLASSIFIED", "LIMITED", "OFFICIAL", "USE"], "01 OF 03", "ZAGREB", 1222, null],
    ["UNCLAS E F T O SECTION 01 OF 02 QUEBEC 000178", ["UNCLAS", "EFTO"], "01 OF 02", "QUEBEC", 178, null],
    ["S E C R E T N O F O R N MOGADISHU 01643", ["SECRET", "NOFORN"], null, "MOGADISHU", 1643, null],
    ["S E C R E T STATE 183691 TOSEC 140193", ["SECRET"], null, "STATE", 183691, "TOSEC140193"],
    ["UNCLASSIFIED  ZAGREB 02856", ["UNCLASSIFIED"], null, "ZAGREB", 2856, null],
  ])("%s", (line, marking, section, station, serial, idSuffix) => {
    expect(parseSerialLine(line)).toEqual({ marking, section, station, serial, idSuffix });
  });

  it.each([
    "RUEHC/SECSTATE WASHDC PRIORITY 3713",
    "CONFIDENTIAL     PTQ1859",
    "SIPDIS",
    "UNCLASSIFIED - ENTIRE TEXT",
    "E.O. 12958: N/A",
    "CONFIDENTIAL NOFORN",
  ])("is no serial line: %s", (line) => {
    expect(parseSerialLine(line)).toBeNull();
  });
});

describe("findRunInSerialLine", () => {
  it("finds the serial line run into the last recipient (seed 000)", () => {
    const line = "RHEHOND/DIRONDCP WASHDCUNCLAS LIMA 000218";
    const at = findRunInSerialLine(line);
    expect(line.slice(0, at)).toBe("RHEHOND/DIRONDCP WASHDC");
    expect(parseSerialLine(line.slice(at))?.serial).toBe(218);
  });

  it("finds none in a plain recipient", () => {
    expect(findRunInSerialLine("RUEHC/SECSTATE WASHDC PRIORITY 3713")).toBe(-1);
  });
});

describe("cableId", () => {
  it.each([
    [2007, "LIMA", 218, null, "07LIMA218"],
    [1985, "ALEXANDRIA", 524, null, "85ALEXANDRIA524"],
    [2000, "ATHENS", 1501, null, "00ATHENS1501"],
    [1994, "STATE", 183691, "TOSEC140193", "94STATE183691TOSEC140193"],
  ])("%i %s %i", (year, station, serial, suffix, id) => {
    expect(cableId(year, station, serial, suffix)).toBe(id);
  });
});
