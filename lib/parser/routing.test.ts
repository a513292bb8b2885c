import { describe, expect, it } from "vitest";
import { parseRecipient, parseRouting } from "./routing";

describe("parseRecipient", () => {
  it.each([
    ["RUEHC/SECSTATE WASHDC PRIORITY 3713", { indicator: "RUEHC", name: "SECSTATE WASHDC", precedence: "PRIORITY", serial: "3713" }],
    ["RUEHBO/AMEMBASSY BOGOTA 4297", { indicator: "RUEHBO", name: "AMEMBASSY BOGOTA", precedence: null, serial: "4297" }],
    ["RUEAIIA/CIA WASHDC PRIORITY", { indicator: "RUEAIIA", name: "CIA WASHDC", precedence: "PRIORITY", serial: null }],
    ["SECSTATE WASHDC IMMEDIATE 2947", { indicator: null, name: "SECSTATE WASHDC", precedence: "IMMEDIATE", serial: "2947" }],
    ["AMEMBASSY CAIRO NIACT IMMEDIATE", { indicator: null, name: "AMEMBASSY CAIRO", precedence: "NIACT IMMEDIATE", serial: null }],
    ["ARAB ISRAELI COLLECTIVE", { indicator: null, name: "ARAB ISRAELI COLLECTIVE", precedence: null, serial: null }],
  ])("%s", (line, recipient) => {
    expect(parseRecipient(line)).toEqual(recipient);
  });
});

describe("parseRouting", () => {
  it("reads a VZCZC header", () => {
    const { routing, dtg, securityLevel } = parseRouting([
      "VZCZCXYZ0010",
      "PP RUEHWEB",
      "",
      "DE RUEHPE #0218/01 0261812",
      "ZNR UUUUU ZZH",
      "P 261812Z JAN 07",
      "FM AMEMBASSY LIMA",
      "TO RUEHC/SECSTATE WASHDC PRIORITY 3713",
      "INFO RUEHBO/AMEMBASSY BOGOTA 4297",
      "RUEHBR/AMEMBASSY BRASILIA 7179",
      "RHEHOND/DIRONDCP WASHDC",
    ]);
    expect(dtg?.date).toBe("2007-01-26T18:12:00Z");
    expect(securityLevel).toBe("UNCLASSIFIED");
    expect(routing).toEqual({
      precedence: "P",
      dateTimeGroup: "261812Z JAN 07",
      from: "AMEMBASSY LIMA",
      to: [{ indicator: "RUEHC", name: "SECSTATE WASHDC", precedence: "PRIORITY", serial: "3713" }],
      info: [
        { indicator: "RUEHBO", name: "AMEMBASSY BOGOTA", precedence: null, serial: "4297" },
        { indicator: "RUEHBR", name: "AMEMBASSY BRASILIA", precedence: null, serial: "7179" },
        { indicator: "RHEHOND", name: "DIRONDCP WASHDC", precedence: null, serial: null },
      ],
      transmission: ["VZCZCXYZ0010", "PP RUEHWEB", "DE RUEHPE #0218/01 0261812", "ZNR UUUUU ZZH"],
    });
  });

  it("reads a 1980s header without transmission lines", () => {
    const { routing } = parseRouting(["R 300758Z JUN 85", "FM AMCONSUL ALEXANDRIA", "TO SECSTATE WASHDC 5350", "INFO AMEMBASSY CAIRO", "AMEMBASSY TEL AVIV PRIORITY"]);
    expect(routing.transmission).toEqual([]);
    expect(routing.to).toEqual([{ indicator: null, name: "SECSTATE WASHDC", precedence: null, serial: "5350" }]);
    expect(routing.info.map((r) => r.name)).toEqual(["AMEMBASSY CAIRO", "AMEMBASSY TEL AVIV"]);
  });

  it("skips a printed copy's distribution block before FM", () => {
    const { routing, dtg, printedYear } = parseRouting([
      "2002HOCHI00695 - UNCLASSIFIED",
      "UNCLASSIFIED     PTQ9877",
      "ACTION DRL-02",
      "INFO  LOG-00   NP-00    AID-00",
      "FM AMCONSUL HO CHI MINH CITY",
      "TO SECSTATE WASHDC PRIORITY 6509",
      "INFO AMEMBASSY HANOI PRIORITY",
    ]);
    expect(dtg).toBeNull();
    expect(printedYear).toBe(2002);
    expect(routing.from).toBe("AMCONSUL HO CHI MINH CITY");
    expect(routing.info).toEqual([{ indicator: null, name: "AMEMBASSY HANOI", precedence: "PRIORITY", serial: null }]);
  });
});
