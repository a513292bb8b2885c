import { describe, expect, it } from "vitest";
import { CABLES_CSV_COLUMNS, CABLES_CSV_ROW_START, MAX_ROW_CHARS } from "@/lib/adapters/cables-csv";
import { readCsvRows } from "@/lib/adapters/csv-rows";
import { formatCsvField, formatCsvRow } from "@/lib/bench/csv";

async function* chunksOf(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

describe("formatCsvRow", () => {
  it("escapes quotes, apostrophes and backslashes as the release does", () => {
    expect(formatCsvField(`JOURNAL\\'S "NATIONAL" Fi\\802.11`)).toBe(`"JOURNAL\\\\\\'S \\"NATIONAL\\" Fi\\\\802.11"`);
    expect(formatCsvField("WORKERS' \"MOHARREM BEY\"")).toBe(`"WORKERS\\' \\"MOHARREM BEY\\""`);
  });

  it("writes rows the project's cables.csv reader reads back unchanged", async () => {
    const rows = [
      ["78", "6/30/1985 7:58", "85ALEXANDRIA524", "Consulate Alexandria", "CONFIDENTIAL", "", "R 300758Z JUN 85\nFM AMCONSUL ALEXANDRIA\n", "C O N F I D E N T I A L ALEXANDRIA 00524 \n \nTHE OPPOSITION JOURNAL'S \"NATIONAL,\" Z:\\econ\\x.doc"],
      ["79", "12/1/2009 10:04", "09LIMA1", "Embassy Lima", "UNCLASSIFIED", "06LIMA4766|07LIMA218", "", "UNCLAS LIMA 000001"],
    ];
    const text = rows.map(formatCsvRow).join("");
    const read = [];
    for await (const item of readCsvRows(chunksOf(text, 17), { columns: CABLES_CSV_COLUMNS.length, rowStart: CABLES_CSV_ROW_START, maxRowChars: MAX_ROW_CHARS })) {
      read.push(item.kind === "row" ? item.fields : item);
    }
    expect(read).toEqual(rows);
  });
});
