/**
 * What the web benchmark asks for, drawn from the corpus the archive was built from: real tags,
 * origins, dates and subject words of its first rows, and ids spread over all of it.
 */
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { CABLES_CSV_COLUMNS, CABLES_CSV_ROW_START, MAX_ROW_CHARS } from "@/lib/adapters/cables-csv";
import { readCsvRows } from "@/lib/adapters/csv-rows";
import { CSV_FILE, readManifest } from "@/lib/bench/corpus-files";
import { type Prng } from "@/lib/bench/prng";
import { COLUMN } from "@/lib/bench/templates";

export interface SampledCable {
  id: string;
  /** "2007-01-26" */
  day: string;
  origin: string;
  classification: string;
  tags: string[];
  subjectWords: string[];
}

export interface CorpusSample {
  cables: SampledCable[];
  /** Ids of cables the corpus holds, from anywhere in it. */
  randomId(prng: Prng): string;
}

const CSV_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const TAGS_LINE = /^\s*TAGS:?\s*(.*)$/m;
const TAG = /^[A-Z][A-Z0-9]{1,5}$/;
const SUBJECT_LINE = /^\s*SUBJ(?:ECT)?:\s*(.*)$/m;
/** Words a researcher would type: long enough to mean something. */
const SEARCH_WORD = /\b[A-Za-z]{5,}\b/g;

export function sampledCable(fields: readonly string[]): SampledCable | null {
  const day = CSV_DAY.exec(fields[COLUMN.date]);
  if (!day) return null;
  const body = fields[COLUMN.body];
  const tags = (TAGS_LINE.exec(body)?.[1] ?? "").split(/[\s,]+/).filter((tag) => TAG.test(tag));
  const subject = SUBJECT_LINE.exec(body)?.[1] ?? "";
  return {
    id: fields[COLUMN.id],
    day: `${day[3]}-${day[1].padStart(2, "0")}-${day[2].padStart(2, "0")}`,
    origin: fields[COLUMN.origin],
    classification: fields[COLUMN.classification],
    tags,
    subjectWords: [...subject.matchAll(SEARCH_WORD)].map((match) => match[0].toLowerCase()),
  };
}

/** Reads the first `rows` rows of the corpus csv (they come in a shuffled order). */
export async function readCorpusSample(corpusDir: string, rows: number): Promise<CorpusSample> {
  const stream = createReadStream(join(corpusDir, CSV_FILE), { encoding: "utf8" });
  const cables: SampledCable[] = [];
  const items = readCsvRows(stream, { columns: CABLES_CSV_COLUMNS.length, rowStart: CABLES_CSV_ROW_START, maxRowChars: MAX_ROW_CHARS });
  for await (const item of items) {
    const cable = item.kind === "row" ? sampledCable(item.fields) : null;
    if (cable) cables.push(cable);
    if (cables.length >= rows) break;
  }
  stream.destroy();
  if (cables.length === 0) throw new Error(`no cables read from ${join(corpusDir, CSV_FILE)}`);

  const counts = Object.entries(readManifest(corpusDir)?.serialCounts ?? {});
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const randomId = (prng: Prng): string => {
    if (total === 0) return prng.pick(cables).id;
    let rank = prng.int(total);
    for (const [key, count] of counts) {
      if (rank < count) return `${key}${rank + 1}`;
      rank -= count;
    }
    return prng.pick(cables).id;
  };
  return { cables, randomId };
}
