/**
 * What the web benchmark asks for, drawn from the corpus the archive was built from: real tags,
 * origins, dates and subject words of its first rows (read by the project's own adapter and
 * parser), and ids spread over all of it.
 */
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { readCablesCsv } from "@/lib/adapters";
import { CSV_FILE, readManifest } from "@/lib/bench/corpus-files";
import { type Prng } from "@/lib/bench/prng";
import { parseTelegram } from "@/lib/parser";
import type { CableRecord } from "@/lib/record/schema";

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

/** Words a researcher would type: long enough to mean something. */
const SEARCH_WORD = /\b[A-Za-z]{5,}\b/g;

export function sampledCable(record: CableRecord): SampledCable | null {
  if (!record.id || !record.date || !record.origin) return null;
  return {
    id: record.id,
    day: record.date.slice(0, "YYYY-MM-DD".length),
    origin: record.origin,
    classification: record.classification ?? "",
    tags: record.tags,
    subjectWords: [...(record.subject ?? "").matchAll(SEARCH_WORD)].map((match) => match[0].toLowerCase()),
  };
}

/** Reads the first `rows` rows of the corpus csv (they come in a shuffled order). */
export async function readCorpusSample(corpusDir: string, rows: number): Promise<CorpusSample> {
  const stream = createReadStream(join(corpusDir, CSV_FILE), { encoding: "utf8" });
  const cables: SampledCable[] = [];
  for await (const item of readCablesCsv(stream, CSV_FILE)) {
    const cable = item.ok ? sampledCable(parseTelegram(item.value)) : null;
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
