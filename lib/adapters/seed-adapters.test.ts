/** The five seed formats, read from the seeds the project ships: what each adapter hands the parser. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_ADAPTERS, detectFormat, type DocumentFormat } from "@/lib/adapters";
import type { TelegramSource } from "./types";

const SEEDS = join(process.cwd(), "seeds");
const seedPath = (prefix: string): string => join(SEEDS, readdirSync(SEEDS).find((name) => name.startsWith(prefix)) as string);

function adaptSeed(prefix: string): TelegramSource[] {
  const path = seedPath(prefix);
  const text = readFileSync(path, "utf8");
  const format = detectFormat(text) as DocumentFormat;
  return DOCUMENT_ADAPTERS[format](text, path).map((result) => {
    if (!result.ok) throw new Error(result.problem.reason);
    return result.value;
  });
}

describe("seed formats", () => {
  it.each([
    ["000", "text-export"],
    ["001", "telegram"],
    ["002", "ner-html"],
    ["003", "partial-extract"],
    ["004", "record-dump"],
  ])("seed %s is detected as %s from its content", (prefix, format) => {
    expect(detectFormat(readFileSync(seedPath(prefix), "utf8"))).toBe(format);
  });

  it("text export: five metadata lines, wall-clock date, telegram below", () => {
    const [cable] = adaptSeed("000");
    expect(cable.metadata).toEqual({
      id: "07LIMA218",
      subject: "EMBASSY GETS TO KNOW COCALERO LEADER AND PRO-COCA",
      date: "2007-01-26T00:00:00Z",
      classification: "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
      origin: "Embassy Lima",
    });
    expect(cable.text.startsWith("VZCZCXYZ0010\nPP RUEHWEB\n")).toBe(true);
    expect(cable.text).toContain("RHEHOND/DIRONDCP WASHDCUNCLAS LIMA 000218");
    expect(cable.text.endsWith("POWERS")).toBe(true);
    expect(cable.partial).toBe(false);
    expect(cable.source).toEqual({ path: seedPath("000"), format: "text-export" });
    expect(cable.warnings).toEqual([]);
  });

  it("raw telegram: markdown residue becomes tags and paragraph marks", () => {
    const [cable] = adaptSeed("001");
    expect(cable.metadata).toEqual({});
    expect(cable.text.startsWith("VZCZCXYZ0001")).toBe(true);
    expect(cable.text).toContain("TAGS: PGOV SNAR PE\n");
    expect(cable.text).toContain("REF: A. LIMA 909\n¶B. LIMA 1053\n");
    expect(cable.text).toContain("\n¶1. (SBU) Summary:");
    expect(cable.text).not.toContain("](#)");
  });

  it("NER dump: annotations, anchors and the pre block removed, entities counted", () => {
    const [cable] = adaptSeed("002");
    expect(cable.text.startsWith("C O N F I D E N T I A L SECTION 01 OF 03 LIMA 002158 SIPDIS E.O. 12958: DECL: 11/11/2014 TAGS: SNAR ASEC PGOV PTER PE SUBJECT:")).toBe(true);
    expect(cable.text).toContain("REF: A. LIMA 2055 ¶B . \nLIMA 1929 ¶C . ");
    expect(cable.text).toContain("Classified By: PolCouns Alexander Margulies . \nReason: 1.4 ( b , d ) ¶1 . \n( C ) Summary: Although the various");
    expect(cable.text).not.toMatch(/<a |<\/?pre>|<\/?code>|\[(?:PER|LOC|ORG|MISC) /);
    expect(cable.text.endsWith("STRUBLE")).toBe(true);
    const entity = (type: string, text: string) => cable.entities.find((e) => e.type === type && e.text === text);
    expect(entity("PER", "Evo Morales")).toEqual({ type: "PER", text: "Evo Morales", count: 2 });
    expect(entity("LOC", "LIMA")?.count).toBe(6);
    expect(entity("ORG", "VRAE")?.count).toBe(12);
    expect(entity("LOC", "Lima")?.count).toBe(2); // "[LOC Lima.  ]" counts as Lima
    expect(entity("LOC", "DECL:")).toBeUndefined();
    expect(cable.entities.some((e) => e.text.startsWith("Summary"))).toBe(false);
    // 104 annotations in the dump, two of them keywords the tagger mistook for names.
    expect(cable.entities.reduce((sum, e) => sum + e.count, 0)).toBe(102);
  });

  it("partial extract: notice removed, partial set, residue removed", () => {
    const [cable] = adaptSeed("003");
    expect(cable.partial).toBe(true);
    expect(cable.text.startsWith("UNCLAS SECTION 01 OF 03 LIMA 001409\n")).toBe(true);
    expect(cable.text).toContain("TAGS: SNAR EAID PGOV PREL PE\n");
    expect(cable.text).not.toContain("partial extract");
    expect(cable.metadata).toEqual({});
  });

  it("record dump: one cable, the full record over the cut-short export before it", () => {
    const cables = adaptSeed("004");
    expect(cables).toHaveLength(1);
    const [cable] = cables;
    expect(cable.metadata).toEqual({
      id: "05LIMA1246",
      date: "2005-03-14T21:05:00Z",
      origin: "Embassy Lima",
      classification: "CONFIDENTIAL",
      referencedIds: ["05LIMA4"],
      subject: "OPIUM STRATEGY PROGRESS REPORT",
    });
    expect(cable.partial).toBe(true);
    expect(cable.text.startsWith("C O N F I D E N T I A L SECTION 01 OF 03 LIMA 001246")).toBe(true);
    expect(cable.text).toContain("REF: A. A. LIMA 0004 \n \n     ¶B. B. LIMA 579");
    expect(cable.text).not.toContain("REF: A. A...");
    expect(cable.text).not.toMatch(/CABLE ENDS|header ends|^id: /m);
    expect(cable.text.trimEnd().endsWith("STRUBLE")).toBe(true);
    expect(cable.source).toEqual({ path: seedPath("004"), format: "record-dump" });
    expect(cable.warnings).toEqual([]);
  });
});
