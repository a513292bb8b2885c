/**
 * The core parser: one TelegramSource (telegram text plus whatever metadata its format carried)
 * becomes one CableRecord. Metadata wins for id, date, classification and origin when present;
 * the text gives everything else. With useMetadata false every field comes from the text alone.
 */
import type { CableRecord, Inference, Reference } from "@/lib/record/schema";
import type { SourceMetadata, TelegramSource } from "@/lib/adapters/types";
import { prepareLines } from "./lines";
import type { FieldName } from "./header-keywords";
import { layoutOf, type Layout } from "./layout";
import { parseRouting, type RoutingResult } from "./routing";
import { caveatsOfLine, classificationOf, isCaveat } from "./markings";
import { cableId, splitCableId, type SerialLine } from "./serial-line";
import { fullYear } from "./dtg";
import { parseExecutiveOrder } from "./executive-order";
import { parseTags } from "./tags";
import { parseSubject } from "./subject";
import { parseClassifiedBy } from "./classified-by";
import { labelsCitedInBody, parseReferences } from "./references";
import { bodyCitations } from "./body-citations";
import { parseParagraphs } from "./paragraphs";
import { findComment, findSummary } from "./sections";
import { findSigner } from "./signer";
import { originOf, stationOfFrom } from "./stations";
import { yearInferences } from "./year";
import { NO_STRINGS } from "./text";

export interface ParseOptions {
  /** Use the source's metadata (default); false reads every field from the text alone. */
  useMetadata?: boolean;
}

/** Each field's lines, fields of the same name (two REF lines) joined in order. */
function fieldLinesByName(layout: Layout): Map<FieldName, string[]> {
  const byName = new Map<FieldName, string[]>();
  for (const field of layout.fields) {
    const lines = byName.get(field.name);
    if (lines) lines.push(...field.lines);
    else byName.set(field.name, [...field.lines]);
  }
  return byName;
}

/** Adds the caveats among `words` not yet in `caveats`. */
function addCaveats(caveats: string[], words: readonly string[]): void {
  for (const word of words) if (isCaveat(word) && !caveats.includes(word)) caveats.push(word);
}

function caveatsOf(layout: Layout): string[] {
  const caveats: string[] = [];
  if (layout.serialLine) addCaveats(caveats, layout.serialLine.marking);
  for (const line of layout.preamble) {
    const words = caveatsOfLine(line);
    if (words) addCaveats(caveats, words);
  }
  return caveats;
}

/** A station blacked out on the page: "SECRET SECTION 01 OF 02 XXXXXXXXXXXX 000004". */
const REDACTED_STATION = /^X{4,}$/;

/** The serial line, its redacted station replaced by the FM line's post when the tables know it. */
function withStationOfRedacted(serialLine: SerialLine, from: string | null, warnings: string[]): SerialLine {
  if (!REDACTED_STATION.test(serialLine.station)) return serialLine;
  const station = stationOfFrom(from);
  warnings.push(station ? `the serial line's station is redacted: ${station} taken from the FM line` : "the serial line's station is redacted");
  return station ? { ...serialLine, station } : serialLine;
}

interface Identity {
  serialLine: SerialLine | null;
  station: string | null;
  serial: number | null;
  year: number | null;
  id: string | null;
}

/** Who the cable is: the serial line and the year the text states, or the metadata's id and date. */
function identify(layout: Layout, routing: RoutingResult, metadata: SourceMetadata, warnings: string[]): Identity {
  const serialLine = layout.serialLine ? withStationOfRedacted(layout.serialLine, routing.routing.from, warnings) : null;
  const metaId = metadata.id ? splitCableId(metadata.id) : null;
  const textStation = serialLine && !REDACTED_STATION.test(serialLine.station) ? serialLine.station : null;
  const station = textStation ?? metaId?.station ?? null;
  const serial = serialLine?.serial ?? metaId?.serial ?? null;
  const year = metaId ? fullYear(metaId.yearDigits) : metadata.date ? Number(metadata.date.slice(0, 4)) : (routing.dtg?.year ?? routing.printedYear);
  const textId = year !== null && serialLine && textStation ? cableId(year, textStation, serialLine.serial, serialLine.idSuffix) : null;
  const id = metadata.id ?? textId;
  if (metadata.id && textId && metadata.id !== textId) warnings.push(`metadata id ${metadata.id} differs from the text's ${textId}`);
  if (!serialLine) warnings.push("no serial line: station and serial taken from elsewhere or unknown");
  return { serialLine, station, serial, year, id };
}

/** The REF block's references, then the cables the body cites in parentheses; warns of REF labels the body cites in vain. */
function referencesOf(refLines: readonly string[], bodyText: string, year: number | null, id: string | null, warnings: string[]): Reference[] {
  const references = parseReferences(refLines, year, id);
  const cited = new Set<string | null>();
  const labels = new Set<string | null>();
  for (const reference of references) {
    cited.add(reference.id);
    labels.add(reference.label);
  }
  for (const citation of bodyCitations(bodyText, year)) {
    if (citation.id !== id && !cited.has(citation.id)) {
      references.push(citation);
      labels.add(citation.label);
    }
    cited.add(citation.id);
  }
  warnOfUncitedLabels(labels, bodyText, warnings);
  return references;
}

/** Warns of the REF labels the body cites that the REF list lacks. */
function warnOfUncitedLabels(labels: ReadonlySet<string | null>, bodyText: string, warnings: string[]): void {
  const cited = labelsCitedInBody(bodyText);
  for (let i = 0; i < cited.length; i++) {
    if (!labels.has(cited[i])) warnings.push(`the body cites REF ${cited[i]} but the REF list has no ${cited[i]}`);
  }
}

/** What a cable whose text does not state its year says about it: warnings, and weak evidence of the year. */
function yearUnknown(references: readonly Reference[], declassification: string | null, bodyText: string, warnings: string[]): Inference[] {
  warnings.push("the text does not state the year: id left null");
  if (references.some((r) => r.id === null && r.kind === "cable")) warnings.push("references without a year left unresolved: the citing cable's year is unknown");
  return yearInferences(declassification, bodyText);
}

/**
 * The record of one telegram, typed but not validated: the pipeline validates every record once
 * against the CableRecord schema (a failure becomes a problem with its reason), and so do the tests.
 */
export function parseTelegram(src: TelegramSource, options: ParseOptions = {}): CableRecord {
  const metadata = options.useMetadata === false ? {} : src.metadata;
  const warnings = [...src.warnings];
  const layout = layoutOf(prepareLines(src.text));
  const routed = parseRouting(layout.header);
  const { routing, dtg, securityLevel } = routed;
  const { serialLine, station, serial, year, id } = identify(layout, routed, metadata, warnings);

  const caveats = caveatsOf(layout);
  const fields = fieldLinesByName(layout);
  const eo = parseExecutiveOrder(fields.get("eo") ?? NO_STRINGS);
  const classifiedBy = parseClassifiedBy(fields.get("classifiedBy") ?? NO_STRINGS);
  const tagLines = fields.get("tags");
  const subjectLines = fields.get("subject");
  // Read on every call, though the text's SUBJECT line wins: a load first reached late deoptimizes the compiled code.
  const metadataSubject = metadata.subject ?? null;

  const signer = findSigner(layout.body);
  const bodyLines = signer.index >= 0 ? layout.body.slice(0, signer.index) : layout.body;
  const paragraphs = parseParagraphs(bodyLines);
  const bodyText = bodyLines.join("\n");
  const references = referencesOf(fields.get("ref") ?? NO_STRINGS, bodyText, year, id, warnings);
  const inferences = year === null ? yearUnknown(references, eo.declassification, bodyText, warnings) : [];
  const hasRouting = routing.dateTimeGroup !== null || routing.from !== null || routing.transmission.length > 0;

  return {
    id,
    station,
    serial,
    year,
    date: metadata.date ?? dtg?.date ?? null,
    // Without a serial line the transmission's security line ("ZNY SSSSS ZZH") still tells the level.
    classification: metadata.classification ?? classificationOf(serialLine?.marking ?? (securityLevel ? [securityLevel] : []), caveats, year),
    origin: metadata.origin ?? originOf(station, routing.from),
    subject: subjectLines ? parseSubject(subjectLines) : metadataSubject,
    routing: hasRouting ? routing : null,
    tags: tagLines ? parseTags(tagLines) : [],
    references,
    paragraphs,
    summary: findSummary(paragraphs),
    comment: findComment(paragraphs),
    signer: signer.signer,
    caveats,
    executiveOrder: eo.executiveOrder,
    declassification: eo.declassification,
    classifiedBy: classifiedBy.classifiedBy,
    reason: classifiedBy.reason,
    section: serialLine?.section ?? null,
    partial: src.partial,
    entities: src.entities,
    released: metadata.released ?? null,
    text: src.text,
    source: src.source,
    inferences,
    warnings,
  };
}
