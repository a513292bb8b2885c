/**
 * Record dump (seed 004): "key: value" lines (id, date, refid, origin, classification,
 * destination), "header:" and the header text up to a "--- header ends ---" rule, then the body
 * up to a "=== CABLE ENDS ===" rule. A dump may hold several records; a text export of the same
 * cable before a record (seed 004 opens with a cut-short one) only lends its subject line.
 */
import type { AdapterResult, DocumentAdapter } from "./types";
import { buildSource, readMetadata, type RawMetadata } from "./metadata";
import { readTextExportBlock } from "./text-export";

/** The dump's keys and the metadata field each fills; "id" is the release's row number, not the cable id. */
const RECORD_DUMP_FIELDS: Readonly<Record<string, keyof RawMetadata | null>> = {
  id: null,
  date: "date",
  refid: "id",
  origin: "origin",
  classification: "classification",
  destination: "referencedIds",
  subject: "subject",
};

/** The line that opens a record, "id: 12345"; format detection looks for it too. */
export const RECORD_START = /^id: *\d+[ \t]*$/m;
const CABLE_ENDS = /^=+ *CABLE ENDS *=+[ \t]*$/m;
const HEADER_ENDS = /^-+ *header ends *-+[ \t]*$/m;
const FIELD_LINE = /^([a-z]+):[ \t]*(.*)$/;
const HEADER_KEY = "header";

interface Segment {
  text: string;
  /** The segment ended at a CABLE ENDS rule (else the file ended first). */
  closed: boolean;
}

function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let rest = text;
  for (let end = CABLE_ENDS.exec(rest); end; end = CABLE_ENDS.exec(rest)) {
    segments.push({ text: rest.slice(0, end.index), closed: true });
    rest = rest.slice(end.index + end[0].length);
  }
  if (RECORD_START.test(rest)) segments.push({ text: rest, closed: false });
  return segments;
}

function readRecord(segment: Segment, path: string, row: number | undefined): AdapterResult {
  const warnings: string[] = [];
  const start = RECORD_START.exec(segment.text);
  if (!start) return { ok: false, problem: { path, row, reason: "record dump block without its \"id:\" line" } };
  const preamble = segment.text.slice(0, start.index);
  const lines = segment.text.slice(start.index).split("\n");

  const raw: RawMetadata = {};
  let at = 0;
  for (; at < lines.length; at += 1) {
    const field = FIELD_LINE.exec(lines[at].replace(/\r$/, ""));
    if (!field || field[1] === HEADER_KEY) break;
    const target = RECORD_DUMP_FIELDS[field[1]];
    if (target) raw[target] = field[2];
    else if (target === undefined) warnings.push(`record dump field "${field[1]}" not known; ignored`);
  }
  const afterFields = lines.slice(at + 1).join("\n");
  const headerEnd = HEADER_ENDS.exec(afterFields);
  const header = headerEnd ? afterFields.slice(0, headerEnd.index) : "";
  // The body starts on the line after the rule.
  const body = headerEnd ? afterFields.slice(headerEnd.index + headerEnd[0].length).replace(/^\r?\n/, "") : afterFields;
  if (!headerEnd) warnings.push("record dump without a \"header ends\" line: all of it read as body");
  if (!segment.closed) warnings.push("record dump ends without its CABLE ENDS line: the cable may be truncated");

  const export_ = readTextExportBlock(preamble.trimStart());
  if (export_) raw.subject ??= export_.metadata.subject;
  else if (preamble.trim().length > 0) warnings.push(`${preamble.trim().length} characters before the record dump ignored`);

  const metadata = readMetadata(raw, warnings);
  return { ok: true, value: buildSource({ format: "record-dump", path, row, text: `${header}\n${body}`, metadata, warnings }) };
}

export const adaptRecordDump: DocumentAdapter = (text, path) => {
  const segments = splitSegments(text);
  if (segments.length === 0) return [{ ok: false, problem: { path, reason: "record dump without any \"id:\" record" } }];
  const numbered = segments.length > 1;
  return segments.map((segment, i) => readRecord(segment, path, numbered ? i + 1 : undefined));
};
