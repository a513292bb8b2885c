/**
 * The one definition of a cable record. The parser yields it, the database stores it,
 * the API returns it and the pages render it: every other type derives from here.
 */
import { z } from "zod";

export const CLASSIFICATIONS = [
  "UNCLASSIFIED",
  "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
  "CONFIDENTIAL",
  "CONFIDENTIAL//NOFORN",
  "SECRET",
  "SECRET//NOFORN",
] as const;
export const Classification = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof Classification>;

export const SOURCE_FORMATS = [
  "text-export", // five metadata lines over the raw telegram
  "telegram", // raw telegram text, markdown residue allowed
  "ner-html", // <code><pre> dump with [PER ...] entity annotations
  "partial-extract", // "This record is a partial extract ..." with no routing header
  "record-dump", // id:/refid:/... header ends ... CABLE ENDS
  "cables-csv", // a row of the WikiLeaks cables.csv release
  "site-html", // a page of the 2010 Cablegate web site
] as const;
export const SourceFormat = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Canonical reference id: two-digit year, station, serial without leading zeros. */
export const CABLE_ID_PATTERN = /^\d{2}[A-Z][A-Z0-9]*\d+$/;
export const CableId = z.string().regex(CABLE_ID_PATTERN);

/** ISO 8601 instant, minute precision, UTC: "2007-01-26T18:12:00Z". */
export const IsoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
/** ISO 8601 calendar date: "2015-03-14". */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Recipient = z.object({
  /** Routing indicator before the slash: "RUEHC". */
  indicator: z.string().nullable(),
  /** Addressee as written: "SECSTATE WASHDC". */
  name: z.string(),
  /** "PRIORITY", "IMMEDIATE", "ROUTINE", "NIACT IMMEDIATE", "FLASH"; null when unstated. */
  precedence: z.string().nullable(),
  /** The addressee's message serial: "3713". */
  serial: z.string().nullable(),
});
export type Recipient = z.infer<typeof Recipient>;

export const Routing = z.object({
  /** Precedence of the date-time group line: "P" = PRIORITY, "R" = ROUTINE, "O" = IMMEDIATE, "Z" = FLASH. */
  precedence: z.string().nullable(),
  /** The date-time group as written: "261812Z JAN 07". */
  dateTimeGroup: z.string().nullable(),
  /** The FM line: "AMEMBASSY LIMA". */
  from: z.string().nullable(),
  to: z.array(Recipient),
  info: z.array(Recipient),
  /** Transmission lines before the DTG: "VZCZCXYZ0010", "PP RUEHWEB", "DE RUEHPE #0218/01 0261812", "ZNR UUUUU ZZH". */
  transmission: z.array(z.string()),
});
export type Routing = z.infer<typeof Routing>;

export const REFERENCE_KINDS = ["cable", "email", "memcon", "telcon", "report", "fam", "other"] as const;
export const ReferenceKind = z.enum(REFERENCE_KINDS);

export const Reference = z.object({
  /** "A", "B", ...; null for an unlabelled REF line or REFTEL. */
  label: z.string().nullable(),
  /** The reference as written, label removed: "2006 LIMA 4766". */
  text: z.string(),
  /** Resolved canonical id, null when not a cable or not resolvable. */
  id: CableId.nullable(),
  kind: ReferenceKind,
});
export type Reference = z.infer<typeof Reference>;

export const Paragraph = z.object({
  /** "1", "2", ...; null for text before paragraph 1 (summary, headings). */
  number: z.string().nullable(),
  /** Marking without parentheses: "SBU", "C", "U", "S//NF"; null when unmarked. */
  classification: z.string().nullable(),
  text: z.string(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export const Entity = z.object({
  type: z.enum(ENTITY_TYPES),
  text: z.string(),
  /** Occurrences in the cleaned telegram text. */
  count: z.number().int().positive(),
});
export type Entity = z.infer<typeof Entity>;

/** A value taken from weak evidence: shown to the reader as inferred, never used as the id. */
export const Inference = z.object({
  field: z.enum(["year", "date", "origin", "classification"]),
  value: z.string(),
  evidence: z.string(),
});
export type Inference = z.infer<typeof Inference>;

export const Source = z.object({
  path: z.string(),
  format: SourceFormat,
  /** 1-based record number inside a multi-record file (cables.csv). */
  row: z.number().int().positive().optional(),
});
export type Source = z.infer<typeof Source>;

export const CableRecord = z.object({
  id: CableId.nullable(),
  /** Station as in the canonical id: "LIMA", "STATE", "USUNNEWYORK". */
  station: z.string().nullable(),
  /** Serial number without leading zeros. */
  serial: z.number().int().nonnegative().nullable(),
  /** Four-digit year of the cable, when the text or metadata states it. */
  year: z.number().int().nullable(),
  date: IsoDateTime.nullable(),
  classification: Classification.nullable(),
  origin: z.string().nullable(),
  subject: z.string().nullable(),
  routing: Routing.nullable(),
  tags: z.array(z.string()),
  references: z.array(Reference),
  paragraphs: z.array(Paragraph),
  summary: z.string().nullable(),
  comment: z.string().nullable(),
  signer: z.string().nullable(),
  /** Handling caveats in order of first appearance: "SIPDIS", "SENSITIVE", "NOFORN". */
  caveats: z.array(z.string()),
  /** Executive order of the E.O. line: "12958". */
  executiveOrder: z.string().nullable(),
  /** Declassification instruction: "N/A", "OADR", "X1", or an ISO date for "DECL: 03/14/2015". */
  declassification: z.string().nullable(),
  classifiedBy: z.string().nullable(),
  reason: z.string().nullable(),
  /** "01 OF 03". */
  section: z.string().nullable(),
  /** The source holds a partial extract of the cable, not its full text. */
  partial: z.boolean(),
  entities: z.array(Entity),
  /** Release date of the source, when it says (Cablegate site pages). */
  released: IsoDateTime.nullable(),
  /** Telegram text after the adapter removed its format's markup; what the reader's "original text" shows. */
  text: z.string(),
  source: Source,
  inferences: z.array(Inference),
  warnings: z.array(z.string()),
});
export type CableRecord = z.infer<typeof CableRecord>;
