/** The input formats: detection, the whole-file adapters and the streaming cables.csv reader. */
import type { SourceFormat } from "@/lib/record/schema";
import type { DocumentAdapter } from "./types";
import { adaptNerHtml } from "./ner-html";
import { adaptPartialExtract } from "./partial-extract";
import { adaptRecordDump } from "./record-dump";
import { adaptSiteHtml } from "./site-html";
import { adaptTelegram } from "./telegram";
import { adaptTextExport } from "./text-export";

export { detectFormat, DETECTION_HEAD_CHARS } from "./detect";
export { readCablesCsv } from "./cables-csv";
export type { AdapterResult, DocumentAdapter, SourceMetadata, SourceProblem, TelegramSource } from "./types";

/** Formats read as one decoded text; cables.csv is streamed instead (readCablesCsv). */
export type DocumentFormat = Exclude<SourceFormat, "cables-csv">;

export const DOCUMENT_ADAPTERS: Readonly<Record<DocumentFormat, DocumentAdapter>> = {
  "text-export": adaptTextExport,
  telegram: adaptTelegram,
  "ner-html": adaptNerHtml,
  "partial-extract": adaptPartialExtract,
  "record-dump": adaptRecordDump,
  "site-html": adaptSiteHtml,
};

export function isStreamedFormat(format: SourceFormat): format is "cables-csv" {
  return format === "cables-csv";
}
