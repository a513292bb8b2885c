/**
 * What every input-format adapter yields: plain telegram text plus whatever metadata and
 * entities the format carries. The core parser (lib/parser) turns one of these into a CableRecord.
 */
import type { Classification, Entity, Source } from "@/lib/record/schema";

/** Metadata a format states outside the telegram text; every field optional. */
export interface SourceMetadata {
  /** Canonical id as the source states it: "07LIMA218". */
  id?: string;
  /** ISO 8601 UTC instant: "2007-01-26T00:00:00Z". */
  date?: string;
  classification?: Classification;
  origin?: string;
  /** Subject line of a text export (may be cut short; the telegram's SUBJECT line wins when present). */
  subject?: string;
  /** Canonical ids the release lists as referenced (cables.csv column 6). */
  referencedIds?: string[];
  /** ISO 8601 UTC instant of publication (Cablegate site pages). */
  released?: string;
}

export interface TelegramSource {
  /** Telegram text, markup removed: header lines then body, "\n" line ends. */
  text: string;
  metadata: SourceMetadata;
  entities: Entity[];
  /** The source says it holds only a partial extract. */
  partial: boolean;
  source: Source;
  /** Problems the adapter met but could work around (stray markup, odd encoding). */
  warnings: string[];
}

/** A file or record that could not become a cable, with the reason a user can act on. */
export interface SourceProblem {
  path: string;
  row?: number;
  reason: string;
}

export type AdapterResult = { ok: true; value: TelegramSource } | { ok: false; problem: SourceProblem };

/** A whole-file format: the decoded file text in, one result per cable (or problem) out. */
export type DocumentAdapter = (text: string, path: string) => AdapterResult[];
