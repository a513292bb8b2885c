import { describe, expect, it } from "vitest";
import { type CorpusItem, type CorpusOptions, emptyStats, generateCorpus } from "@/lib/bench/corpus";
import { formatCsvRow } from "@/lib/bench/csv";
import { parseGeneratorId } from "@/lib/bench/ids";
import { SerialPlan } from "@/lib/bench/serial-plan";
import { createPrng } from "@/lib/bench/prng";
import { COLUMN, type CsvTemplate } from "@/lib/bench/templates";

const PARTIAL = "This record is a partial extract of the original cable. The full text of the original cable is not available.";

function template(id: string, references: string[], body: string, header = `${PARTIAL}\n`): CsvTemplate {
  const fields = ["1", "1/26/2007 18:12", id, "Embassy Lima", "UNCLASSIFIED", references.join("|"), header, body];
  return { kind: "csv", id: parseGeneratorId(id)!, idText: id, references: references.map((ref) => parseGeneratorId(ref)!), fields };
}

/** Snippets of seeds 000 and 001: the second cites the first as REF E. */
const TEMPLATES = [
  template(
    "07LIMA218",
    ["06LIMA4766", "03LIMA1098"],
    "UNCLAS LIMA 000218 \n \nTAGS: PREL PGOV SNAR PE\nSUBJECT: EMBASSY GETS TO KNOW COCALERO LEADER \n \nREF: A. 2006 LIMA 4766 \n \n     ¶E. 2003 LIMA 1098 \n \nSummary \n\n¶1. (SBU) Post hosted 48 cocalero leaders.",
    "P 261812Z JAN 07\nFM AMEMBASSY LIMA\nDE RUEHPE #0218/01 0261812\n",
  ),
  template(
    "07LIMA3229",
    ["07LIMA218", "07LIMA909"],
    "UNCLAS LIMA 003229\n\nTAGS: PGOV SNAR PE\nSUBJECT: COCA GROWERS ELECT AFFILIATES\n\nREF: A. LIMA 909\nE. LIMA 218\n\n1. (SBU) Summary: Peru's largest coca-growers' organization.",
  ),
  template("05QUITO149", [], "C O N F I D E N T I A L QUITO 000149 \n\nTAGS: SNAR EC\nSUBJECT: OPIUM\n\n1. (C) Text."),
];

const OPTIONS: CorpusOptions = { count: 60, seed: 9, htmlShare: 0, seedShare: 0.1, resolveShare: 0.8 };

function generate(options = OPTIONS) {
  const stats = emptyStats();
  const items: CorpusItem[] = [...generateCorpus(TEMPLATES, [], options, stats)];
  return { items, stats };
}

const rows = (items: CorpusItem[]) => items.flatMap((item) => (item.kind === "csv-row" ? [item.fields] : []));

describe("generateCorpus", () => {
  it("writes the requested number of cables, each with a new unique id", () => {
    const { items, stats } = generate();
    expect(items).toHaveLength(60);
    expect(stats.cables).toBe(60);
    expect(stats.byFormat["cables-csv"]).toBe(54);
    const ids = rows(items).map((fields) => fields[COLUMN.id]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stats.serialCounts).toEqual({ "07LIMA": 40, "05QUITO": 20 });
  });

  it("states the new serial in the serial line and the transmission line", () => {
    for (const fields of rows(generate().items)) {
      const serial = parseGeneratorId(fields[COLUMN.id])!.serial;
      expect(fields[COLUMN.body]).toContain(` ${String(serial).padStart(6, "0")}`);
      if (fields[COLUMN.header].includes("DE RUEHPE")) expect(fields[COLUMN.header]).toContain(`#${String(serial % 10_000).padStart(4, "0")}/01`);
    }
  });

  it("writes the renumbered references in the REF block and the referenced-id column alike", () => {
    for (const fields of rows(generate().items)) {
      for (const reference of fields[COLUMN.referencedIds].split("|").filter(Boolean)) {
        const { yearDigits, serial } = parseGeneratorId(reference)!;
        const written = yearDigits === "07" ? `LIMA ${serial}` : `20${yearDigits} LIMA ${serial}`;
        expect(fields[COLUMN.body]).toContain(written);
      }
    }
  });

  it("points most citations of a station and year the corpus has at generated cables", () => {
    const { stats } = generate();
    const plan = new SerialPlan(new Map(Object.entries(stats.serialCounts)));
    expect(plan.count({ yearDigits: "07", station: "LIMA" })).toBe(40);
    // 06LIMA and 03LIMA are not in the corpus: those citations cannot resolve.
    expect(stats.resolving).toBeGreaterThan(0);
    expect(stats.resolving).toBeLessThan(stats.references);
    expect(stats.refSerialsInText).toBe(stats.refSerialsSought);
  });

  it("is deterministic for a seed", () => {
    const text = (options: CorpusOptions) => generate(options).items.map((item) => (item.kind === "csv-row" ? formatCsvRow(item.fields) : item.text)).join("");
    expect(text(OPTIONS)).toBe(text(OPTIONS));
    expect(text({ ...OPTIONS, seed: 10 })).not.toBe(text(OPTIONS));
  });
});

describe("SerialPlan", () => {
  it("issues serials 1..count and cites existing or missing ones on purpose", () => {
    const plan = new SerialPlan(new Map([["07LIMA", 3]]));
    const lima = { yearDigits: "07", station: "LIMA" };
    expect([plan.issue(lima), plan.issue(lima), plan.issue(lima)]).toEqual([1, 2, 3]);
    expect(() => plan.issue(lima)).toThrow();
    const prng = createPrng(1);
    expect(plan.exists({ ...lima, serial: plan.citeSerial({ ...lima, serial: 99 }, prng, 1) })).toBe(true);
    expect(plan.exists({ ...lima, serial: plan.citeSerial({ ...lima, serial: 99 }, prng, 0) })).toBe(false);
    expect(plan.citeSerial({ yearDigits: "06", station: "LIMA", serial: 4766 }, prng, 1)).toBe(4766);
  });
});
