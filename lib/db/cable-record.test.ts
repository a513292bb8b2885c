import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCableRecord, storedRecordJson } from "@/lib/db/cable-record";
import { readInputs } from "@/lib/pipeline";
import type { CableRecord } from "@/lib/record/schema";

async function seedRecords(): Promise<CableRecord[]> {
  const records: CableRecord[] = [];
  for await (const item of readInputs([path.join(process.cwd(), "seeds")])) if (item.kind === "record") records.push(item.record);
  return records;
}

/** The row storing `record` gives: the JSON, the text column and the Paragraph rows. */
const storedRow = (record: CableRecord) => ({
  record: storedRecordJson(record),
  text: record.text,
  paragraphs: record.paragraphs.map(({ text }) => ({ text })),
});

describe("stored record layout", () => {
  it("keeps the telegram text out of the JSON and reads every seed back whole", async () => {
    const records = await seedRecords();
    expect(records).toHaveLength(5);
    for (const record of records) {
      const row = storedRow(record);
      expect(JSON.parse(row.record)).not.toHaveProperty("text");
      expect(JSON.parse(row.record).paragraphs.some((paragraph: object) => "text" in paragraph)).toBe(false);
      expect(row.record.length).toBeLessThan(JSON.stringify(record).length - record.text.length);
      expect(readCableRecord(row)).toEqual(record);
    }
  });

  it("reads rows stored with the whole record as JSON (before this layout)", async () => {
    const [record] = await seedRecords();
    expect(readCableRecord({ record: JSON.stringify(record), text: "ignored", paragraphs: [] })).toEqual(record);
  });

  it("refuses a row whose paragraph rows do not match its record", async () => {
    const record = (await seedRecords()).find((candidate) => candidate.paragraphs.length > 1)!;
    expect(() => readCableRecord({ ...storedRow(record), paragraphs: [] })).toThrow(/paragraphs/);
  });
});
