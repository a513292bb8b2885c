import { describe, expect, it } from "vitest";
import { layoutOf } from "./layout";
import { prepareLines } from "./lines";

const layout = (text: string) => layoutOf(prepareLines(text));

describe("layoutOf", () => {
  it("splits a serial line run into the last recipient (seed 000)", () => {
    const l = layout("INFO RUEHBO/AMEMBASSY BOGOTA 4297\nRHEHOND/DIRONDCP WASHDCUNCLAS LIMA 000218 \n \nSIPDIS \n \nE.O. 12958: N/A \nTAGS: PREL\n\n1. (U) Text.");
    expect(l.header).toEqual(["INFO RUEHBO/AMEMBASSY BOGOTA 4297", "RHEHOND/DIRONDCP WASHDC"]);
    expect(l.serialLine?.serial).toBe(218);
    expect(l.preamble).toEqual(["SIPDIS"]);
    expect(l.fields.map((f) => f.name)).toEqual(["eo", "tags"]);
    expect(l.body).toEqual(["1. (U) Text."]);
  });

  it("keeps a REF block together across blank lines between its items", () => {
    const l = layout("UNCLAS LILONGWE 000596\n\nSUBJECT: X\n\nREF: A. LILONGWE 559 \n \n     B. LILONGWE 457 \n     C. LILONGWE 451 \n \nClassified By: Pol/Econ Officer Peter W. Lord, reasons 1.5 (b/d). \n \nSUMMARY");
    expect(l.fields.map((f) => [f.name, f.lines.length])).toEqual([
      ["subject", 1],
      ["ref", 3],
      ["classifiedBy", 1],
    ]);
    expect(l.body).toEqual(["SUMMARY"]);
  });

  it("ends a REF block at a classification line that follows a blank", () => {
    const l = layout("UNCLAS GABORONE 3435\n\nSUBJECT: X\n\nREF: (A)STATE 177569, (B)STATE 175484\n\n(U) CLASSIFIED BY POL/ECON OFFICER AARON TARVER, REASON\n1.5(B) AND (D).\n\n1. TEXT");
    expect(l.fields.map((f) => f.name)).toEqual(["subject", "ref", "classifiedBy"]);
  });

  it("reads a REF block that follows a caveat line after the subject", () => {
    const l = layout("C O N F I D E N T I A L GUATEMALA 000370\n\nSUBJECT: GUATEMALA NONCOMMITTAL\n\nSIPDIS\n\nREF: STATE 34169\n\n1. (C) Text.");
    expect(l.fields.map((f) => f.name)).toEqual(["subject", "ref"]);
    expect(l.body).toEqual(["1. (C) Text."]);
  });

  it("ends a REF block at a marked paragraph after a blank line (04YEREVAN984)", () => {
    const l = layout("UNCLAS YEREVAN 000984\n\nSUBJECT: UNGA\n\nREF:  STATE 92528\n\n(U) Sensitive But Unclassified.  Please treat\naccordingly.\n\n(SBU) We delivered demarche.");
    expect(l.fields.map((f) => [f.name, f.lines])).toEqual([
      ["subject", ["SUBJECT: UNGA"]],
      ["ref", ["REF:  STATE 92528"]],
    ]);
    expect(l.body[0]).toBe("(U) Sensitive But Unclassified.  Please treat");
  });

  it("ends a REF block at a marked paragraph run on without a blank line, unless it is the next label", () => {
    const l = layout("UNCLAS OTTAWA 000964\n\nSUBJECT: X\n\nREF: A. STATE 86002\nB. STATE 75175\n(U) We delivered ref A talking points.");
    expect(l.fields.map((f) => f.lines.length)).toEqual([1, 2]);
    expect(l.body).toEqual(["(U) We delivered ref A talking points."]);
    const labelled = layout("UNCLAS OTTAWA 000964\n\nSUBJECT: X\n\nREF: (A) STATE 1 (B) STATE 2\n\n(C) STATE 3\n\n1. Text.");
    expect(labelled.fields[1].lines).toEqual(["REF: (A) STATE 1 (B) STATE 2", "(C) STATE 3"]);
  });

  it("reads the fields below a subject's last words or a pass line set off by blank lines (04ZAGREB149, 96STATE194868)", () => {
    const l = layout("CONFIDENTIAL ZAGREB 000149\n\nSUBJECT: CROATIAN JUSTICE MINISTER AFFIRMS JUDICIAL\n\nREFORMS, REFUGEE RETURNS\n\nREF: A) 03 ZAGREB 2671\n\n1. (C) Text.");
    expect(l.fields.map((f) => f.name)).toEqual(["subject", "ref"]);
    expect(l.body).toEqual(["1. (C) Text."]);
    const pass = layout("S E C R E T STATE 194868\n\nSUBJECT: DEMARCHE\n\nROME FOR STORELLA\n\nREFS: A)   STATE 48243\n\n1.   (U) Text.");
    expect(pass.fields.map((f) => f.name)).toEqual(["subject", "ref"]);
    expect(pass.preamble).toEqual(["ROME FOR STORELLA"]);
  });

  it("a paragraph opening \"Reftel demarche...\" is the body, not a second REF line (04ACCRA1722)", () => {
    const l = layout("UNCLAS ACCRA 001722\n\nSUBJECT: DEMARCHE DELIVERED\n\nREF: SECSTATE 176146\n\nReftel demarche regarding the African Union's position on\nhuman cloning was delivered on August 18.\nYATES");
    expect(l.fields.map((f) => f.lines)).toEqual([["SUBJECT: DEMARCHE DELIVERED"], ["REF: SECSTATE 176146"]]);
    expect(l.body[0]).toBe("Reftel demarche regarding the African Union's position on");
  });

  it("a prose line above \"REFTEL.\" is the body", () => {
    const l = layout("UNCLAS BRATISLAVA 000267\n\nSUBJECT: X\n\nREF: STATE 04276\n\nTHE FOLLOWING IS POST'S RESPONSE TO QUESTIONS RAISED IN\nREFTEL.\n\nA.1.  NEITHER");
    expect(l.fields.map((f) => f.lines)).toEqual([["SUBJECT: X"], ["REF: STATE 04276"]]);
    expect(l.body[0]).toBe("THE FOLLOWING IS POST'S RESPONSE TO QUESTIONS RAISED IN");
  });

  it("without header fields, what follows the serial line is the body", () => {
    const l = layout("UNCLAS STATE 154739\n\nTHE TEXT OF THE ARTICLE.\n\nMORE TEXT.");
    expect(l.fields).toEqual([]);
    expect(l.body.filter((line) => line !== "")).toEqual(["THE TEXT OF THE ARTICLE.", "MORE TEXT."]);
  });
});

describe("layoutOf without a serial line", () => {
  it("still reads the routing header above the first caveat", () => {
    const l = layout("O 181434Z NOV 09\nFM AMEMBASSY TEL AVIV\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 4262\nSIPDIS\nE.O. 12958: DECL: 11/18/2019\nTAGS: PREL\n\n¶1. (S) Text.");
    expect(l.serialLine).toBeNull();
    expect(l.header).toEqual(["O 181434Z NOV 09", "FM AMEMBASSY TEL AVIV", "TO RUEHC/SECSTATE WASHDC IMMEDIATE 4262"]);
    expect(l.preamble).toEqual(["SIPDIS"]);
    expect(l.fields.map((f) => f.name)).toEqual(["eo", "tags"]);
  });
});
