import { describe, expect, it } from "vitest";
import { bodyCitations } from "./body-citations";

describe("bodyCitations", () => {
  it.each([
    ["HIZBALLAH ISSUED ITS MANIFESTO \n(BEIRUT 1013), INTER ALIA", 1985, ["85BEIRUT1013"]],
    ["ON DECEMBER 29, 1987 (87 IZMIR 1213); A BOMB", 1988, ["87IZMIR1213"]],
    ["THE WEEKEND (BEIRUT 0993),WILL HARDLY", 1985, ["85BEIRUT993"]],
    ["THE DAY BEFORE (PRAGUE 8106), IN WHICH", 1989, ["89PRAGUE8106"]],
    ["AS REPORTED (SEE PARA 5) AND (REF A)", 1989, []],
    ["(U) THE SOCIALIST PARTY (NPUG) WEEKLY (1999)", 1989, []],
    ["(EMBASSY KUWAIT/TASK FORCE TELCONS)", 1990, []],
    // A sitrep's list of sources (90STATE254153, 90STATE255723TOSEC140328): the part that is a citation alone.
    ["UNTRUE.  (EMBASSY KUWAIT/TASK FORCE TELCON, BAGHDAD 4399) \n \n--  THE EMIR", 1990, ["90BAGHDAD4399"]],
    ["DRAWDOWN.  (KUWAIT \nTDFIRDB-315/20191-90, KUWAIT 4431, TELECON WITH EMBASSY \nKUWAIT) \n", 1990, ["90KUWAIT4431"]],
    // Long prose in parentheses cites nothing, numbers and stations notwithstanding.
    ["(THE CROWD, ESTIMATED AT 1,500 BY POLICE, GATHERED IN LIMA 2)", 2004, []],
    ["(BEIRUT 1013)", null, []],
  ])("%s", (body, year, ids) => {
    expect(bodyCitations(body, year).map((r) => r.id)).toEqual(ids);
  });

  it("keeps the citation as written, unlabelled", () => {
    expect(bodyCitations("(87 IZMIR 1213)", 1988)).toEqual([{ label: null, text: "87 IZMIR 1213", id: "87IZMIR1213", kind: "cable" }]);
  });
});
