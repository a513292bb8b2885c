/**
 * Format detection from content, never from file names: the first DETECTION_HEAD_CHARS of the
 * decoded text are tried against each format's signature, most specific first.
 */
import type { SourceFormat } from "@/lib/record/schema";
import { CABLES_CSV_ROW_START } from "./cables-csv";
import { startsWithPartialNotice } from "./partial-notice";
import { RECORD_START } from "./record-dump";
import { readTextExportBlock } from "./text-export";

/** How much of a file detection reads: a site page's metadata table sits ~35 KB in. */
export const DETECTION_HEAD_CHARS = 64 * 1024;

/**
 * Lines that only telegrams have; a file is a telegram when it shows TELEGRAM_MARKERS_NEEDED of
 * them. A whole serial line ("S E C R E T SECTION 01 OF 02 TEGUCIGALPA 001725") also matches the
 * classification marker, so it is enough on its own: some partial extracts hold little else.
 */
const TELEGRAM_MARKERS: readonly RegExp[] = [
  /^\s*(?:UNCLAS|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\b/im, // classification line
  // serial line: a zero-padded serial, or any serial after "SECTION 01 OF 02"
  /^[ \t]*(?:UNCLAS|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET)(?:[ \t]+SECTION[ \t]+\d+[ \t]+OF[ \t]+\d+[ \t]+[A-Z][A-Z ]{1,30}[ \t]\d{2,6}|[ \t]+[A-Z][A-Z ]{1,30}[ \t]0\d{4,5})[ \t]*$/m,
  /^\s*E\.? ?O\.? ?1\d{4}/im, // E.O. 12958
  /^\s*TAGS:?\s/im,
  /^\s*SUBJ(?:ECT)?:/im,
  /^\s*FM /m,
  /^\s*[A-Z]? ?\d{6}Z ?[A-Z]{3} ?\d{2}\b/im, // date-time group: P 261812Z JAN 07
  /^\s*REF:/im,
];
const TELEGRAM_MARKERS_NEEDED = 2;

const RECORD_DUMP_ID_KEY = "id:";
/** What a multiline regex's ^ follows: ECMAScript's line terminators. */
const LINE_TERMINATORS = ["\n", "\r", "\u2028", "\u2029"];

/** Does a line of the head start with `prefix`? One plain search per line terminator: a multiline regex would try every line. */
function someLineStartsWith(head: string, prefix: string): boolean {
  return head.startsWith(prefix) || LINE_TERMINATORS.some((end) => head.includes(end + prefix));
}
const RECORD_DUMP_HEADER = /^(?:header:|-+ *header ends *-+)/m;
const NER_ANNOTATION = /\[(?:PER|LOC|ORG|MISC) [^\]\n]*\]/;

export interface FormatSignature {
  format: SourceFormat;
  matches: (head: string) => boolean;
}

/** Tried in order; the first match wins. */
const FORMAT_SIGNATURES: readonly FormatSignature[] = [
  { format: "cables-csv", matches: (head) => CABLES_CSV_ROW_START.test(head.trimStart()) },
  { format: "record-dump", matches: (head) => someLineStartsWith(head, RECORD_DUMP_ID_KEY) && RECORD_START.test(head) && RECORD_DUMP_HEADER.test(head) },
  // The title first: it opens the page, the table sits ~35 KB in.
  { format: "site-html", matches: (head) => head.includes("<title>Cable Viewer</title>") || head.includes("<table class='cable'>") },
  { format: "ner-html", matches: (head) => head.trimStart().startsWith("<code><pre>") || (head.includes("<pre>") && NER_ANNOTATION.test(head)) },
  { format: "text-export", matches: (head) => readTextExportBlock(head) !== undefined },
  { format: "partial-extract", matches: (head) => startsWithPartialNotice(head) },
  { format: "telegram", matches: (head) => TELEGRAM_MARKERS.filter((marker) => marker.test(head)).length >= TELEGRAM_MARKERS_NEEDED },
];

/** The format of a file from the start of its decoded text; undefined when it holds no cable we know. */
export function detectFormat(text: string): SourceFormat | undefined {
  const head = text.length > DETECTION_HEAD_CHARS ? text.slice(0, DETECTION_HEAD_CHARS) : text;
  return FORMAT_SIGNATURES.find((signature) => signature.matches(head))?.format;
}
