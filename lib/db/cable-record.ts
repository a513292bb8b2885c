/**
 * How a CableRecord is kept in "Cable"."record". The telegram text is stored once: the record's `text`
 * is the "text" column and each paragraph's `text` is its "Paragraph" row, so the JSON leaves both out
 * (about 40% of a 250,000-cable database otherwise). Reading puts them back. Rows stored before this
 * layout hold the texts in the JSON; they read as they are.
 */
import { CableRecord } from "@/lib/record/schema";

/** The columns a record is read back from. */
export type StoredCableRecord = {
  record: string;
  text: string;
  /** The cable's paragraphs in position order. */
  paragraphs: ReadonlyArray<{ text: string }>;
};

/** Prisma select for readCableRecord's row. */
export const storedCableRecordSelect = {
  record: true,
  text: true,
  paragraphs: { select: { text: true }, orderBy: { position: "asc" } },
} as const;

/** The JSON stored for a record: everything but the texts that have their own columns. */
export function storedRecordJson(record: CableRecord): string {
  const paragraphs = record.paragraphs.map((paragraph) => ({ ...paragraph, text: undefined }));
  return JSON.stringify({ ...record, text: undefined, paragraphs });
}

type StoredJson = Omit<CableRecord, "text" | "paragraphs"> & {
  text?: string;
  paragraphs: Array<Omit<CableRecord["paragraphs"][number], "text"> & { text?: string }>;
};

/** The validated record of a stored row, its texts restored. */
export function readCableRecord(row: StoredCableRecord): CableRecord {
  const stored = JSON.parse(row.record) as StoredJson;
  if (stored.paragraphs.length !== row.paragraphs.length && stored.paragraphs.some((paragraph) => paragraph.text === undefined)) {
    throw new Error(`stored record has ${stored.paragraphs.length} paragraphs, its rows ${row.paragraphs.length}`);
  }
  return CableRecord.parse({
    ...stored,
    text: stored.text ?? row.text,
    paragraphs: stored.paragraphs.map((paragraph, position) => ({
      ...paragraph,
      text: paragraph.text ?? row.paragraphs[position].text,
    })),
  });
}
