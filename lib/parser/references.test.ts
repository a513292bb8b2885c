import { describe, expect, it } from "vitest";
import { labelsCitedInBody, parseReferences, splitRefItems } from "./references";

describe("splitRefItems", () => {
  it.each([
    [["REF: A. 2006 LIMA 4766", "¶B. 2006 LIMA 3823", "¶C. 2006 LIMA 2927"], ["A:2006 LIMA 4766", "B:2006 LIMA 3823", "C:2006 LIMA 2927"]],
    // Seed 003: the whole block on one line.
    [["REF: A. LIMA 004 B. LIMA 353 C. LIMA 1288"], ["A:LIMA 004", "B:LIMA 353", "C:LIMA 1288"]],
    // Seed 004: labels written twice.
    [["REF: A. A. LIMA 0004", "¶B. B. LIMA 579", "¶C. C. QUITO 149"], ["A:LIMA 0004", "B:LIMA 579", "C:QUITO 149"]],
    // Seed 002 after the adapter: tokenised labels, label and text on different lines.
    [["REF: A. LIMA 2055", "¶B .", "LIMA 1929", "¶C .", "LIMA 1794"], ["A:LIMA 2055", "B:LIMA 1929", "C:LIMA 1794"]],
    [["REF: A) YEREVAN 382 B) YEREVAN 698"], ["A:YEREVAN 382", "B:YEREVAN 698"]],
    [["REF:  a) HCMC 1123; b) HCMC 789"], ["A:HCMC 1123", "B:HCMC 789"]],
    [["REFS:   (A) ISLAMABAD 2987", "(B) ISLAMABAD 2849", "(C) PESHAWAR 277"], ["A:ISLAMABAD 2987", "B:ISLAMABAD 2849", "C:PESHAWAR 277"]],
    [["REF: (A) TD-315/12389-01 (B) STATE 54430", "(C) NEA A/S WALKER - QATAR FM HAMAD BIN JASSIM AL", "THANI TELCON 04/06/01 AT APPROX. 1400 EDT"], ["A:TD-315/12389-01", "B:STATE 54430", "C:NEA A/S WALKER - QATAR FM HAMAD BIN JASSIM AL THANI TELCON 04/06/01 AT APPROX. 1400 EDT"]],
    [["REF: A)HCMC 0232  B)HCMC 0796  C)HCMC 0789  D)03 HCMC 0251 E)03", "HCMC 1222"], ["A:HCMC 0232", "B:HCMC 0796", "C:HCMC 0789", "D:03 HCMC 0251", "E:03 HCMC 1222"]],
    [["REFS:  (A)  ALEXANDRIA 435", "-      (B)  ALEXANDRIA 535"], ["A:ALEXANDRIA 435", "B:ALEXANDRIA 535"]],
    // One REF line per item: "REF A: ...".
    [["REF A: STATE 1234", "REF B: LIMA 218"], ["A:STATE 1234", "B:LIMA 218"]],
    [["REF: A.) JERUSALEM 2175; B.) JERUSALEM 1350; C.)", "JERUSALEM 1357"], ["A:JERUSALEM 2175", "B:JERUSALEM 1350", "C:JERUSALEM 1357"]],
    [["REF: A. REF A: STATE 172297", "B. REF B: MADRID 03080"], ["A:STATE 172297", "B:MADRID 03080"]],
    // A label run into the station (03SANAA1318, 01HOCHIMINHCITY699).
    [["REF: A.STATE 97985 B.STATE 155178"], ["A:STATE 97985", "B:STATE 155178"]],
    [["REF: A. HCMC 0684 B.HANOI 1340 C. HCMC 0632 AND PREVIOUS"], ["A:HCMC 0684", "B:HANOI 1340", "C:HCMC 0632 AND PREVIOUS"]],
    // "U.S. 1234" holds no label: the letter must be the next one and stand after a blank.
    [["REF: A. U.S. NOTE 12"], ["A:U.S. NOTE 12"]],
    [["REF: STATE 33359"], ["-:STATE 33359"]],
    [["REFTEL: STATE 85946"], ["-:STATE 85946"]],
    // "J." is an initial, not a label: labels run A, B, C.
    [["REF: A. LETTER FROM J. SMITH", "B. STATE 1234"], ["A:LETTER FROM J. SMITH", "B:STATE 1234"]],
  ])("%j", (lines, items) => {
    expect(splitRefItems(lines).map((item) => `${item.label ?? "-"}:${item.text}`)).toEqual(items);
  });
});

describe("parseReferences", () => {
  it("resolves each item to one reference per cited cable, in order", () => {
    expect(parseReferences(["REF: A. STATE 41252 AND 44603", "B. E-MAIL OF 3/4"], 2004, "04LIMA1")).toEqual([
      { label: "A", text: "STATE 41252 AND 44603", id: "04STATE41252", kind: "cable" },
      { label: "A", text: "STATE 41252 AND 44603", id: "04STATE44603", kind: "cable" },
      { label: "B", text: "E-MAIL OF 3/4", id: null, kind: "email" },
    ]);
  });

  it("drops the cable's own id", () => {
    expect(parseReferences(["REF: A. ZAGREB 1589 B. ZAGREB 1500"], 1991, "91ZAGREB1589").map((r) => r.id)).toEqual(["91ZAGREB1500"]);
  });

  it("keeps the text when the citing cable's year is unknown", () => {
    expect(parseReferences(["REF: LIMA 218"], null, null)).toEqual([{ label: null, text: "LIMA 218", id: null, kind: "cable" }]);
  });
});

describe("labelsCitedInBody", () => {
  it.each([
    ["see refs A and B); (2) a halt", ["A", "B"]],
    ["region ( Refs A - D ) is an indication", ["A", "B", "C", "D"]],
    ["this is not yet confirmed (REF D).", ["D"]],
    ["(ref E) generated widespread criticism", ["E"]],
    ["As reported reftels, our Mission", []],
    ["the ref a user sent", []],
  ])("%s", (body, labels) => {
    expect(labelsCitedInBody(body)).toEqual(labels);
  });
});
