import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect";

describe("detectFormat", () => {
  it.each([
    ['"78","6/30/1985 7:58","85ALEXANDRIA524","Consulate Alexandria","CONFIDENTIAL","","R 300758Z JUN 85\n', "cables-csv"],
    ['\n"78","6/30/1985 7:58","85ALEXANDRIA524",', "cables-csv"],
    ["id: 28747\ndate: 3/14/2005 21:05\nrefid: 05LIMA1246\nheader:\n", "record-dump"],
    ["\n\nid: 28747\r\nheader:\r\n", "record-dump"],
    ["notes\rid: 28747\rheader:\r", "record-dump"], // old Mac line ends: "id:" still opens a line
    ["<?xml version='1.0'?>\n<html><head>\n<title>Cable Viewer</title>", "site-html"],
    ["<code><pre>C O N F I D E N T I A L SECTION 01 OF 03 [LOC LIMA  ] 002158", "ner-html"],
    ["07LIMA218\nSUBJECT LINE\nFri Jan 26 00:00:00 +0100 2007\nUNCLASSIFIED\nEmbassy Lima\nVZCZC\n", "text-export"],
    ["\n\nThis record is a partial extract of the original cable. The full text of the original cable is not available.\n\nUNCLAS", "partial-extract"],
    ["UNCLAS LIMA 003229\n\nE.O. 12958: N/A\nTAGS: PGOV\nSUBJECT: COCA\n", "telegram"],
    ["R 300758Z JUN 85\nFM AMCONSUL ALEXANDRIA\nTO SECSTATE WASHDC 5350\n", "telegram"],
    ["S E C R E T SECTION 01 OF 02 TEGUCIGALPA 001725 \n \nSIPDIS \n \nC O R R E C T E D   COPY", "telegram"], // a serial line is enough
  ])("%j is %s", (head, format) => expect(detectFormat(head)).toBe(format));

  it.each([
    ["lorem ipsum dolor sit amet\n".repeat(100)],
    ["SUBJECT: a mail, not a cable\n\nHello"],
    ["SECRET SANTA 2009\nwho gives what"],
    ["a,b,c\n1,2,3\n"],
    [""],
  ])("no cable in %j", (head) => expect(detectFormat(head)).toBeUndefined());
});
