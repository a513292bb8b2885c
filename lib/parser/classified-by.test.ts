import { describe, expect, it } from "vitest";
import { parseClassifiedBy } from "./classified-by";

describe("parseClassifiedBy", () => {
  it.each([
    [["Classified By: PolCouns Alexander Margulies . ", "Reason: 1.4 ( b , d )"], "PolCouns Alexander Margulies", "1.4 (b, d)"],
    [["Classified By: Classified by J. Curtis Struble, Ambassador, Reason 1.4", "A"], "J. Curtis Struble, Ambassador", "1.4 A"],
    [["CLASSIFIED BY: AMBASSADOR THEODORE H. KATTOUF, REASON 1.5B/D"], "AMBASSADOR THEODORE H. KATTOUF", "1.5B/D"],
    [["Classified By: DCM Jonathan Benton, Reasons 1.4 (B) and (D)."], "DCM Jonathan Benton", "1.4 (B) and (D)"],
    [["Classified By: Robert Copley, Political-Military Officer.", "Reason: 1.5 (b&d)."], "Robert Copley, Political-Military Officer", "1.5 (b&d)"],
    [["Classified By: Ambassador Richard L. Baltimore III", "for reasons 1.4 (b) and (d)."], "Ambassador Richard L. Baltimore III", "1.4 (b) and (d)"],
    [["Classified By: Political Minister-Counselor Josiah Rosenblatt for reaso", "ns 1.4 b and d."], "Political Minister-Counselor Josiah Rosenblatt", "1.4 b and d"],
    [["CLASSIFIED BY AMBASSADOR EDELMAN REASONS 1.5", "(B AND D)"], "AMBASSADOR EDELMAN", "1.5 (B AND D)"],
  ])("%j", (lines, classifiedBy, reason) => {
    expect(parseClassifiedBy(lines)).toEqual({ classifiedBy, reason });
  });
});
