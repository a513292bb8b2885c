import { createReadStream } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCablesCsv } from "./cables-csv";
import type { AdapterResult } from "./types";

const FIXTURE = join(process.cwd(), "tests/fixtures/adapters/cables-3rows.csv");

async function* decoded(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 })) yield decoder.decode(chunk as Buffer, { stream: true });
}

async function readAll(path: string): Promise<AdapterResult[]> {
  const results: AdapterResult[] = [];
  for await (const result of readCablesCsv(decoded(path), path)) results.push(result);
  return results;
}

describe("readCablesCsv on real rows", () => {
  it("yields one source per row with its metadata and row number", async () => {
    const results = await readAll(FIXTURE);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    const [full, partial, escaped] = results.map((r) => (r.ok ? r.value : undefined)!);

    expect(full.metadata).toEqual({
      id: "85ALEXANDRIA524",
      date: "1985-06-30T07:58:00Z",
      classification: "CONFIDENTIAL",
      origin: "Consulate Alexandria",
      referencedIds: [],
    });
    expect(full.source).toEqual({ path: FIXTURE, format: "cables-csv", row: 1 });
    expect(full.partial).toBe(false);
    // header + "\n" + body; backslash escapes undone.
    expect(full.text.startsWith("R 300758Z JUN 85\nFM AMCONSUL ALEXANDRIA\nTO SECSTATE WASHDC 5350\nINFO AMEMBASSY CAIRO\n\nC O N F I D E N T I A L ALEXANDRIA 00524")).toBe(true);
    expect(full.text).toContain("OPPOSITION JOURNAL'S ALLEGATION");
    expect(full.text).toContain('\n"NATIONAL," PLO-GOE MEDIA');

    expect(partial.partial).toBe(true);
    expect(partial.text).not.toContain("partial extract");
    expect(partial.source.row).toBe(2);

    expect(escaped.text).toMatch(/[^\\]\\[a-zA-Z0-9]/); // "\\" in the file is one backslash in the text
    expect(escaped.source.row).toBe(3);
  });
});
