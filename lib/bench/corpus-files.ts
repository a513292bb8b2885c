/**
 * Where a benchmark corpus keeps its parts, and what its manifest says, for the scripts that
 * ingest it and query the archive built from it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusOptions } from "@/lib/bench/corpus";

export const DEFAULT_CORPUS_DIR = ".bench/corpus";
export const CSV_FILE = "cables.csv";
export const MANIFEST_FILE = "manifest.json";

export interface CorpusManifest {
  options: CorpusOptions;
  figures: { cables: number; totalBytes: number } & Record<string, unknown>;
  serialCounts: Record<string, number>;
}

export function readManifest(corpusDir: string): CorpusManifest | null {
  const path = join(corpusDir, MANIFEST_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as CorpusManifest) : null;
}
