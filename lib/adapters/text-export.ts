/**
 * Text export (seed 000): five metadata lines (id, subject, date, classification, origin)
 * over the raw telegram, which may carry markdown residue.
 */
import type { AdapterResult, DocumentAdapter } from "./types";
import { buildSource, readMetadata, type RawMetadata } from "./metadata";
import { parseCableId, parseMetadataDate } from "./metadata-values";
import { stripMarkdownResidue } from "./markup/markdown-residue";

/** The export's metadata lines, in order. */
const TEXT_EXPORT_FIELDS = ["id", "subject", "date", "classification", "origin"] as const satisfies readonly (keyof RawMetadata)[];

export interface TextExportBlock {
  metadata: RawMetadata;
  /** Everything after the metadata lines. */
  telegram: string;
}

function takeLines(text: string, count: number): { lines: string[]; rest: string } | undefined {
  const lines: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    const end = text.indexOf("\n", at);
    if (end < 0) return undefined;
    lines.push(text.slice(at, end).replace(/\r$/, ""));
    at = end + 1;
  }
  return { lines, rest: text.slice(at) };
}

/** Reads the metadata lines when the text opens with them (id first, a date third). */
export function readTextExportBlock(text: string): TextExportBlock | undefined {
  const taken = takeLines(text.replace(/^\uFEFF/, ""), TEXT_EXPORT_FIELDS.length);
  if (!taken) return undefined;
  const [id, , date] = taken.lines;
  if (!parseCableId(id) || !parseMetadataDate(date)) return undefined;
  const metadata: RawMetadata = {};
  TEXT_EXPORT_FIELDS.forEach((field, i) => (metadata[field] = taken.lines[i]));
  return { metadata, telegram: taken.rest };
}

export const adaptTextExport: DocumentAdapter = (text, path): AdapterResult[] => {
  const block = readTextExportBlock(text);
  if (!block) return [{ ok: false, problem: { path, reason: "text export without its five metadata lines (id, subject, date, classification, origin)" } }];
  const warnings: string[] = [];
  const metadata = readMetadata(block.metadata, warnings);
  const telegram = stripMarkdownResidue(block.telegram);
  return [{ ok: true, value: buildSource({ format: "text-export", path, text: telegram, metadata, warnings }) }];
};
