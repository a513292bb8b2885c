import { describe, expect, it } from "vitest";
import { formatGeneratorId, parseGeneratorId, rewriteOwnSerial } from "@/lib/bench/ids";

describe("parseGeneratorId", () => {
  it.each([
    { id: "07LIMA218", parts: { yearDigits: "07", station: "LIMA", serial: 218 } },
    { id: "85ALEXANDRIA524", parts: { yearDigits: "85", station: "ALEXANDRIA", serial: 524 } },
    { id: "09USUNNEWYORK1041", parts: { yearDigits: "09", station: "USUNNEWYORK", serial: 1041 } },
    // A tail after the serial: the last number is renumbered, the rest stands as the station.
    { id: "90STATE255195TOSEC140301", parts: { yearDigits: "90", station: "STATE255195TOSEC", serial: 140301 } },
    { id: "02RANGOON575AND578", parts: { yearDigits: "02", station: "RANGOON575AND", serial: 578 } },
    { id: "04IIRYEREVANDTG061337ZDEC04", parts: { yearDigits: "04", station: "IIRYEREVANDTG061337ZDEC", serial: 4 }, formatted: "04IIRYEREVANDTG061337ZDEC4" },
    { id: "04VISTAN0321621", parts: { yearDigits: "04", station: "VISTAN", serial: 321621 }, formatted: "04VISTAN321621" },
    { id: "LIMA218", parts: null },
    { id: "07LIMA", parts: null },
    { id: "04STATE123AB", parts: null },
    { id: "04Tegucigalpa232", parts: null },
    { id: "03REFTEL:2002OTTAWA2048", parts: null },
    { id: " 07LIMA218", parts: null },
  ])("$id", ({ id, parts, formatted = id }) => {
    expect(parseGeneratorId(id)).toEqual(parts);
    if (parts) expect(formatGeneratorId(parts)).toBe(formatted);
  });
});

describe("rewriteOwnSerial", () => {
  it.each([
    {
      name: "serial line, padded",
      oldSerial: 218,
      text: "UNCLAS LIMA 000218 \n \nSIPDIS",
      expected: "UNCLAS LIMA 004471 \n \nSIPDIS",
      count: 1,
    },
    {
      name: "section line and five-digit padding of the 1980s",
      oldSerial: 524,
      text: "C O N F I D E N T I A L SECTION 01 OF 03 ALEXANDRIA 00524 ",
      expected: "C O N F I D E N T I A L SECTION 01 OF 03 ALEXANDRIA 04471 ",
      count: 1,
    },
    {
      name: "short serial ending a serial line, unpadded and padded",
      oldSerial: 86,
      text: "UNCLAS SECTION 01 OF 02 HALIFAX 0086 \n \nSIPDIS\nC O N F I D E N T I A L IZMIR 86\nTHE 86 DELEGATES",
      newSerial: 7,
      expected: "UNCLAS SECTION 01 OF 02 HALIFAX 0007 \n \nSIPDIS\nC O N F I D E N T I A L IZMIR 7\nTHE 86 DELEGATES",
      count: 2,
    },
    {
      name: "serial line of a site page",
      oldSerial: 373,
      text: "<code><pre>UNCLAS IZMIR 373 &#x000A;&#x000A;E.O. 12356: N/A&#x000A;",
      expected: "<code><pre>UNCLAS IZMIR 4471 &#x000A;&#x000A;E.O. 12356: N/A&#x000A;",
      count: 1,
    },
    {
      name: "transmission line and PAGE line",
      oldSerial: 218,
      text: "DE RUEHPE #0218/01 0261812\nPAGE 02 LIMA 00218 261812Z",
      expected: "DE RUEHPE #4471/01 0261812\nPAGE 02 LIMA 04471 261812Z",
      count: 2,
    },
    {
      name: "other numbers, the DTG and a REF to another serial stay",
      oldSerial: 218,
      text: "P 261812Z JAN 07\nTO RUEHC/SECSTATE WASHDC PRIORITY 3713\nREF: LIMA 218\nE.O. 12958: DECL: 03/14/2015",
      expected: "P 261812Z JAN 07\nTO RUEHC/SECSTATE WASHDC PRIORITY 3713\nREF: LIMA 218\nE.O. 12958: DECL: 03/14/2015",
      count: 0,
    },
  ])("$name", ({ oldSerial, newSerial = 4471, text, expected, count }) => {
    expect(rewriteOwnSerial(text, oldSerial, newSerial)).toEqual({ text: expected, count });
  });

  it("widens the padding when the new serial is longer", () => {
    expect(rewriteOwnSerial("UNCLAS STATE 00218", 218, 123456).text).toBe("UNCLAS STATE 123456");
  });
});
