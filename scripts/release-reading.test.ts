import { describe, expect, it } from "vitest";
import { heldByRelease, releaseRefBlock } from "./release-reading";

describe("releaseRefBlock", () => {
  it.each([
    // 04TEGUCIGALPA811: the usual header, one blank line between SUBJECT and REF.
    ["SUBJECT:  Honduras Announces New Minimum Wage|Raise for Most Workers| |Ref: Tegucigalpa 560| |1. After long negotiations", ["Ref: Tegucigalpa 560"], false],
    // 04RANGOON1425: the first paragraph only, up to the first blank line.
    ["SUBJECT: INDIAN AMBASSADOR RATES THAN SHWE VISIT| |REF: A. NEW DELHI 6983 AND PREVIOUS (NOTAL)| |     B. SECSTATE 225960", ["REF: A. NEW DELHI 6983 AND PREVIOUS (NOTAL)"], false],
    // 95ZAGREB3944: a line between single blank lines is still the header.
    ["SUBJECT:  REFUGEES FROM VELIKA KLADUSA| |ESTABLISHING SAFEGUARDS FOR RETURN| |REF:  A) ZAGREB 3773, B) ZAGREB 3774", ["REF:  A) ZAGREB 3773, B) ZAGREB 3774"], false],
    // 04STATE137635: two blank lines below the SUBJECT, lines of text, then REF.
    ["SUBJECT: SELECTION OF POSTS| | |FOR POL AND ECON ALSO| |PLEASE ENSURE WIDEST DISTRIBUTION OF THIS MESSAGE| |REF: STATE 99654| |1. REFTEL ANNOUNCED", ["REF: STATE 99654"], true],
    // 04YEREVAN550: SENSITIVE set off by two blank lines.
    ["SUBJECT:  ANOTHER LOOK AT HIV/AIDS IN ARMENIA| | |SENSITIVE| |REFTEL:  YEREVAN 522| |1. (U) Sensitive", ["REFTEL:  YEREVAN 522"], true],
    // 89STATE405134: a repeated cable's REF above the SUBJECT it quotes.
    ["FOLLOWING USUN NEW YORK 03993 DATED 12/21/89| |REFERENCE: USUN NY 03993| |QUOTE C O N F I D E N T I A L USUN NEW YORK 03993|SUBJECT: TFPM02:  SECURITY COUNCIL MEETING ON PANAMA| |1.  (U)  SUMMARY", ["REFERENCE: USUN NY 03993"], true],
    // No SUBJECT line: two blank lines right above the REF line.
    ["TAGS: PGOV| | |REF: LIMA 218", ["REF: LIMA 218"], true],
    ["TAGS: PGOV| |REF: LIMA 218", ["REF: LIMA 218"], false],
  ])("%s", (text, paragraph, unread) => {
    expect(releaseRefBlock(text.split("|"))).toEqual({ paragraph, unread });
  });

  it("is null without a REF line", () => {
    expect(releaseRefBlock(["SUBJECT: X", "", "1. TEXT"])).toBeNull();
  });
});

describe("heldByRelease", () => {
  it.each([
    // One line, year before the station or the citing cable's year.
    [["REF:  A) 02 HCMC 1140  B) HCMC 0210   C) 03 HANOI 01535"], "03HANOI1535", 2004, "03HANOI1535"],
    [["REF:  A) 02 HCMC 1140  B) HCMC 0210   C) 03 HANOI 01535"], "04HOCHIMINHCITY210", 2004, "04HOCHIMINHCITY210"],
    [["REF: A. NEW DELHI 6983 AND PREVIOUS (NOTAL)"], "04NEWDELHI6983", 2004, "04NEWDELHI6983"],
    [["REFS: A) STATE 187026 B) SANAA5295"], "03SANAA5295", 2003, "03SANAA5295"],
    // 04HOCHIMINHCITY255: the year stands at the end of the line above; the column has 04HANOI1257.
    [["REF:  A)  HCMC 0075    B) HCMC 0153    C) 02 HCMC 0963    D) 03", "HANOI 1257"], "03HANOI1257", 2004, "04HANOI1257"],
    // 92JAKARTA15886: station and serial on two lines; the column lacks 92JAKARTA14905.
    [["REFS: A. JAKARTA 15387, B. JAKARTA 15051, C. JAKARTA", "14905, D. JAKARTA 14491"], "92JAKARTA14905", 1992, null],
    [["REFS: A. JAKARTA 15387, B. JAKARTA 15051, C. JAKARTA", "14905, D. JAKARTA 14491"], "92JAKARTA14491", 1992, "92JAKARTA14491"],
    // A year in parentheses is not read (02HOCHIMINHCITY55, 02HOCHIMINHCITY400).
    [["REF: (98) HANOI 3067"], "98HANOI3067", 2002, "02HANOI3067"],
    [["REF: A. HANOI 3601 (1999)  B. HANOI 1755 (1999)"], "99HANOI3601", 2002, "02HANOI3601"],
    // 03ISTANBUL1760: a list's further serial has no station of its own.
    [["REF: A) ISTANBUL 1703 & 1711 B) ISTANBUL 1744 & 1752"], "03ISTANBUL1703", 2003, "03ISTANBUL1703"],
    [["REF: A) ISTANBUL 1703 & 1711 B) ISTANBUL 1744 & 1752"], "03ISTANBUL1711", 2003, null],
  ])("%j %s (%s)", (paragraph, id, year, held) => {
    expect(heldByRelease(id, paragraph, year)).toBe(held);
  });
});
