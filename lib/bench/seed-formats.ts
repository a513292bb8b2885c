/**
 * Renders a cables.csv row in one of the five seed file formats (seeds/000..004), so the
 * benchmark corpus holds a few files of each kind the adapters read.
 */
import { PARTIAL_NOTICE } from "@/lib/adapters/partial-notice";
import { COLUMN } from "@/lib/bench/templates";

export const SEED_FORMATS = ["text-export", "telegram", "ner-html", "partial-extract", "record-dump"] as const;
export type SeedFormat = (typeof SEED_FORMATS)[number];

/** A partial extract has no routing header to show as a bare telegram; a full cable is no partial extract. */
export function seedFormatsFor(fields: readonly string[]): readonly SeedFormat[] {
  return isPartial(fields)
    ? SEED_FORMATS.filter((format) => format !== "telegram")
    : SEED_FORMATS.filter((format) => format !== "partial-extract");
}

function isPartial(fields: readonly string[]): boolean {
  return fields[COLUMN.header].trimStart().startsWith(PARTIAL_NOTICE);
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CSV_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;

/** "1/26/2007 18:12" → "Fri Jan 26 00:00:00 +0100 2007", as the text exports write dates. */
export function exportDate(csvDate: string): string {
  const match = CSV_DATE.exec(csvDate);
  if (!match) return csvDate;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${MONTHS[month - 1]} ${String(day).padStart(2, "0")} 00:00:00 +0100 ${year}`;
}

const SUBJECT_LINE = /^\s*SUBJ(?:ECT)?:\s*(.*?)\s*$/m;

function textExport(fields: readonly string[]): string {
  const subject = SUBJECT_LINE.exec(fields[COLUMN.body])?.[1] ?? "";
  const lines = [fields[COLUMN.id], subject, exportDate(fields[COLUMN.date]), fields[COLUMN.classification], fields[COLUMN.origin]];
  return `${lines.join("\n")}\n${fields[COLUMN.header]}${fields[COLUMN.body]}`;
}

/** A record dump opens with a text export cut short (seed 004). */
const DUMP_PREAMBLE_CHARS = 700;

function recordDump(fields: readonly string[]): string {
  const preamble = `${textExport(fields).slice(0, DUMP_PREAMBLE_CHARS)}...`;
  const keys = [
    `id: ${fields[COLUMN.internalId]}`,
    `date: ${fields[COLUMN.date]}`,
    `refid: ${fields[COLUMN.id]}`,
    `origin: ${fields[COLUMN.origin]}`,
    `classification: ${fields[COLUMN.classification]}`,
    `destination: ${fields[COLUMN.referencedIds]}`,
  ];
  return [
    preamble,
    "",
    ...keys,
    "header:",
    `${fields[COLUMN.header].trimEnd()}\n\n\n`,
    "----------------- header ends ----------------",
    "",
    fields[COLUMN.body].trimEnd(),
    "",
    "=======================CABLE ENDS============================",
  ].join("\n");
}

const HTML_SPECIALS: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const TAGS_LINE = /^(\s*TAGS:?\s*)(.*)$/m;
const PARAGRAPH_START = /^(\s*)(\d{1,2})\.(?=\s)/gm;

/** The NER dump (seed 002): body in <code><pre>, tags as links, paragraph anchors, the station marked LOC. */
function nerHtml(fields: readonly string[], station: string): string {
  const escaped = fields[COLUMN.body].replace(/[&<>]/g, (char) => HTML_SPECIALS[char]);
  const body = escaped
    .replace(TAGS_LINE, (_, label: string, tags: string) =>
      label + tags.split(/[\s,]+/).filter(Boolean).map((tag) => `<a href='/tag/${tag}_0.html'>${tag}</a>`).join(" "),
    )
    .replace(PARAGRAPH_START, (_, indent: string, number: string) => `${indent}<a id='par${number}' href='#par${number}'>¶</a>${number} .`)
    .replace(new RegExp(`\\b${station}\\b(?= \\d{5,})`), `[LOC ${station}  ]`);
  return `<code><pre>${body}</pre></code> \n`;
}

/** The station as the serial line writes it: "LIMA" of "UNCLAS LIMA 000218". */
export function renderSeedFormat(format: SeedFormat, fields: readonly string[], station: string): string {
  switch (format) {
    case "text-export":
      return textExport(fields);
    case "telegram":
      return `\n\n${fields[COLUMN.header].trimEnd()}\n\n${fields[COLUMN.body]}`;
    case "partial-extract":
      return `\n\n${PARTIAL_NOTICE}\n\n${fields[COLUMN.body]}`;
    case "record-dump":
      return recordDump(fields);
    case "ner-html":
      return nerHtml(fields, station);
  }
}
