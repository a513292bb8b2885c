import { describe, expect, it } from "vitest";
import { EO, EO_DOTTED, FIELD_FIRST_CHARACTERS, FIELD_LINE_STARTS, KEYWORD_WITH_COLON, ORDER_NUMBER, type FieldName } from "./header-keywords";

/** Lines as written in the shared sample (cables.csv rows and site pages). */
const ACCEPTED: ReadonlyArray<[FieldName, string]> = [
  ["eo", "E.O. 12958: DECL: 11/22/2012"],
  ["eo", "E. O. 12958: N/A"],
  ["eo", "E.O.12958: N/A"],
  ["eo", "E.O 12958: N/A"],
  ["eo", "EO 12958 DECL: 06/20/2019"],
  ["eo", "E.o. 12958: decl: 12/31/2018"],
  ["tags", "TAGS: PREL PGOV SNAR PE"],
  ["tags", "TAGS:  PGOV, PINS, ELAB, EG"],
  ["tags", "Tags: prel, pgov, pins, tu"],
  ["tags", "TAGS PREL, PGOV, SF"],
  ["tags", "TAGS OVIP (STEINBERG, JAMES B.), PREL, MNUC"],
  // A semicolon struck for the colon.
  ["tags", "TAGS;  PGOV, TU"],
  ["subject", "SUBJECT: EMBASSY GETS TO KNOW COCALERO LEADER AND PRO-COCA MAYORS"],
  ["subject", "SUBJ:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS"],
  ["subject", "SUBJECT:CROATIA/ICTY: DPM GRANIC SHOOTS GOC IN FOOT AS"],
  ["subject", "Subject:  February 25 Dinner with President Portillo"],
  ["ref", "REF: A. 2006 LIMA 4766 B. 2006 LIMA 3823"],
  ["ref", "REFS: A) YEREVAN 382 B) YEREVAN 698"],
  ["ref", "Ref.  STATE 237679"],
  ["ref", "REFTEL: STATE 33359"],
  ["ref", "REFTEL."],
  ["ref", "REFTELS:  A)  STATE 106548  B)  NEW DELHI 6957"],
  ["ref", "REFERENCE:  BEIRUT 2408"],
  ["ref", "REF(S): STATE 223177"],
  ["ref", "REFS A) GABORONE 1179    B) STATE 175988"],
  ["classifiedBy", "Classified By: PolCouns Alexander Margulies. Reason: 1.4 (b, d)"],
  ["classifiedBy", "CLASSIFIED BY: AMBASSADOR RICHARD BOUCHER"],
  ["classifiedBy", "Classified by Deputy Chief of Mission Gordon Gray for reasons"],
  ["classifiedBy", "(U)  CLASSIFIED BY E/P CHIEF LISA KUBISKE.  REASON 1.5"],
];

/** Lines that open with a keyword's letters but start no field. */
const REJECTED: ReadonlyArray<[FieldName, string]> = [
  ["eo", "E.O. 123 IS NO ORDER NUMBER"],
  ["eo", "EOUSA CONFIRMED"],
  ["subject", "SUBJECT TO A LENGTHY APPROVAL PROCESS BY THE MINISTRY OF"],
  ["subject", "SUBJECTS: THREE"],
  ["subject", "subject, the minister said"],
  ["ref", "REFUGEES CROSSED THE BORDER"],
  ["ref", "REFERENCED CABLES"],
  ["ref", "REFORM OF THE JUDICIARY"],
  ["classifiedBy", "CLASSIFIED INFORMATION"],
  ["classifiedBy", "DECLASSIFIED BY THE DEPARTMENT"],
];

const startOf = (name: FieldName) => new RegExp(`^${FIELD_LINE_STARTS[name]}`, "i");

describe("FIELD_LINE_STARTS", () => {
  it.each(ACCEPTED)("%s starts %j", (name, line) => {
    expect(startOf(name).test(line)).toBe(true);
  });

  it.each(REJECTED)("%s does not start %j", (name, line) => {
    expect(startOf(name).test(line)).toBe(false);
  });

  it.each(ACCEPTED)("no other field starts the %s line %j", (name, line) => {
    const others = (Object.keys(FIELD_LINE_STARTS) as FieldName[]).filter((other) => other !== name && startOf(other).test(line));
    expect(others).toEqual([]);
  });

  it.each(ACCEPTED)("the %s line %j opens with one of FIELD_FIRST_CHARACTERS", (_, line) => {
    expect(FIELD_FIRST_CHARACTERS.has(line[0])).toBe(true);
  });
});

describe("KEYWORD_WITH_COLON", () => {
  const withColon = new RegExp(`^${KEYWORD_WITH_COLON}`, "i");

  it.each(["TAGS: PREL", "SUBJECT: VISIT", "SUBJ: VISIT", "SUBJECT : VISIT", "REF: STATE 1", "REFS: A) X", "REFTEL: STATE 1", "REFERENCE:  BEIRUT 2408"])(
    "accepts %j",
    (line) => expect(withColon.test(line)).toBe(true),
  );

  // Where a field is only guessed at, these are prose.
  it.each(["REFTEL. The minister said", "Reftel demarche regarding", "TAGS PREL, PGOV, SF", "SUBJECT TO ARREST", "REF(S): STATE 223177"])(
    "rejects %j",
    (line) => expect(withColon.test(line)).toBe(false),
  );
});

describe("E.O. spellings", () => {
  const anyEo = new RegExp(`^${EO}${ORDER_NUMBER}`, "i");
  const dotted = new RegExp(`^${EO_DOTTED}${ORDER_NUMBER}`, "i");

  it.each([
    ["E.O. 12958", true],
    ["E. O. 12958", true],
    ["E.O.12958", true],
    ["E.O 12958", false],
    ["EO 13224", false],
  ])("%j: any spelling, and dotted only when %s", (text, isDotted) => {
    expect(anyEo.test(text)).toBe(true);
    expect(dotted.test(text)).toBe(isDotted);
  });
});
