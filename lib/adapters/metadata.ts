/**
 * Turns the metadata strings a format states into SourceMetadata, warning (never guessing)
 * about values that do not read, and assembles the TelegramSource every adapter yields.
 */
import type { SourceFormat } from "@/lib/record/schema";
import type { Entity } from "@/lib/record/schema";
import type { SourceMetadata, TelegramSource } from "./types";
import { parseCableId, parseClassification, parseIdList, parseMetadataDate } from "./metadata-values";
import { removePartialNotice } from "./partial-notice";
import { cleanTelegramText } from "./text";

/** Metadata fields as written in the source, before any reading. */
export interface RawMetadata {
  id?: string;
  date?: string;
  classification?: string;
  origin?: string;
  subject?: string;
  referencedIds?: string;
  released?: string;
}

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim().length > 0;
}

/** A metadata value read by `parse`; a present value it cannot read is left out, with a warning. */
function readValue<T>(raw: RawMetadata, field: keyof RawMetadata, parse: (value: string) => T | undefined, warnings: string[]): T | undefined {
  const value = raw[field];
  if (!present(value)) return undefined;
  const parsed = parse(value);
  if (parsed === undefined) warnings.push(`metadata ${field} not understood: "${value.trim().slice(0, 80)}"`);
  return parsed;
}

/**
 * The metadata a source states. Only fields with a value are set (never set then deleted: an object
 * that loses properties turns into a slow dictionary for every later read).
 */
export function readMetadata(raw: RawMetadata, warnings: string[]): SourceMetadata {
  const metadata: SourceMetadata = {};
  const id = readValue(raw, "id", parseCableId, warnings);
  const date = readValue(raw, "date", parseMetadataDate, warnings);
  const classification = readValue(raw, "classification", parseClassification, warnings);
  const released = readValue(raw, "released", parseMetadataDate, warnings);
  if (id !== undefined) metadata.id = id;
  if (date !== undefined) metadata.date = date;
  if (classification !== undefined) metadata.classification = classification;
  if (released !== undefined) metadata.released = released;
  if (present(raw.origin)) metadata.origin = raw.origin.trim();
  if (present(raw.subject)) metadata.subject = raw.subject.trim();
  if (raw.referencedIds !== undefined) metadata.referencedIds = parseIdList(raw.referencedIds);
  return metadata;
}

export interface SourceParts {
  format: SourceFormat;
  path: string;
  row?: number;
  /** Telegram text with the format's markup removed; the partial notice may still be in it. */
  text: string;
  metadata?: SourceMetadata;
  entities?: Entity[];
  partial?: boolean;
  warnings?: string[];
}

/** The one place a TelegramSource is assembled: line ends, blank lines and the partial notice. */
export function buildSource(parts: SourceParts): TelegramSource {
  const notice = removePartialNotice(parts.text);
  const source: TelegramSource["source"] = { path: parts.path, format: parts.format };
  if (parts.row !== undefined) source.row = parts.row;
  return {
    text: cleanTelegramText(notice.text),
    metadata: parts.metadata ?? {},
    entities: parts.entities ?? [],
    partial: (parts.partial ?? false) || notice.partial,
    source,
    warnings: parts.warnings ?? [],
  };
}
