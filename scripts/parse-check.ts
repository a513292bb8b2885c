/**
 * Measures the parser against a cables.csv file's own metadata (or a folder of site pages and other
 * cable files). Every row is parsed twice: from its columns and from its header and body text alone.
 * Printed per field: agreement counts, percent, and a few disagreements; every row is accounted for.
 *
 *   npm run parse:check -- <cables.csv | folder>... [--examples N] [--dump FILE [--field TEXT]]
 *
 * Inputs are read as `parse` and `ingest` read them (lib/pipeline readSources): folders walked,
 * encodings and formats detected; what cannot be read is counted as a problem with its reason.
 *
 * --dump writes every disagreement (not only the first N) to FILE, one a line after its field's
 * label; --field keeps only the fields whose label contains TEXT.
 *
 * id, date, classification, origin: the text-alone parse against the columns. id and date are
 * counted where the text states them (a date-time group line, or a printed copy's number for the
 * year; partial extracts state no year), station + serial over every row.
 * references: the parse with metadata (the cable's year known) against column 6 as a set: as
 * written; "cleaned" (station aliases applied to both sides; the cable's own id, the column's
 * "REFTEL:" slips and its entries of no cable id's shape, non-cable items the release ran together,
 * dropped); "release-comparable" (cleaned, and only what the column can hold, as the release's
 * reader sees the text: scripts/release-reading.ts states its rules, each measured on the sample;
 * lines count the REF blocks it never read and the column's entries of no cable id's shape).
 * Nothing else is excused: where the column is empty although the block cites cables plainly (the
 * release's own gaps), the row counts as a miss, and a separate line says how many rows that is.
 * tags and subject: cables.csv has no column for them; the two parses are compared with each other.
 */
import { writeFileSync } from "node:fs";
import type { TelegramSource } from "@/lib/adapters";
import { parseTelegram } from "@/lib/parser";
import { prepareLines } from "@/lib/parser/lines";
import { canonicalId } from "@/lib/parser/stations";
import { splitCableId } from "@/lib/parser/serial-line";
import { describeProblem, describeSourceKey, readSources } from "@/lib/pipeline";
import { CableRecord } from "@/lib/record/schema";
import { heldByRelease, releaseRefBlock, type ReleaseRefBlock } from "./release-reading";

/** A line that opens with a date-time group ("P 261812Z JAN 07"): the text states date and year. Independent of the parser. */
const DTG_LINE = /^\s*(?:[A-Z](?: ?[A-Z])?\s+)?\d{6}Z\s+[A-Za-z]{3}\s+\d{2,4}\b/m;
/** A printed copy's document number ("2002HOCHI00695 - UNCLASSIFIED"): the text states the year. */
const PRINTED_NUMBER_LINE = /^\s*\d{4}[A-Z]{3,}\d{4,6}\s+-/m;
/** The header ends by the SUBJECT or TAGS line; a date-time group after it is quoted, not the cable's. */
const HEADER_END = /^\s*(?:SUBJECT|SUBJ|TAGS)\s*:/m;
const HEAD_LINES_WITHOUT_SUBJECT = 80;

function headOf(text: string): string {
  const end = HEADER_END.exec(text);
  return end ? text.slice(0, end.index) : text.split("\n", HEAD_LINES_WITHOUT_SUBJECT).join("\n");
}

const DEFAULT_EXAMPLES = 4;
/** Column 6 slips: "04REFTEL:STATE97257", "04REFERENCE:DUBLIN811". */
const COLUMN_PREFIX = /^(\d{2})[A-Za-z]*:/;
/**
 * A cable id once cleaned: two year digits, a station, a serial of up to six digits. The release
 * runs non-cable REF items together into entries of no such shape ("04TREASURY211622ZJAN4",
 * "04FBISGMP20040325000188", "04STATE134045AND134043"): the column holds no cable there.
 */
const CABLE_ID_SHAPE = /^\d{2}[A-Z]+[1-9]\d{0,5}$/;
const WARNINGS_LABEL = "read with warnings (encoding, truncation, metadata)";
const COMPARABLE_LABEL = "references, exact set, release-comparable";
const UNREAD_LABEL = "references: REF block the release never read, column 6 empty";
/** How the release-comparable measure is defined, printed with the figures. */
const COMPARABLE_NOTE = [
  "release-comparable: column 6 (station aliases applied; the cable's own id, \"REFTEL:\" slips and entries of no cable id's",
  "shape dropped) against the parsed references it can hold, as the release's reader sees them (scripts/release-reading.ts):",
  "the body's parenthesised citations and the REF items of the block's first paragraph, read one line at a time (a station",
  "and serial split over two lines it never lists), a year only as bare digits right before the station (else the citing",
  "cable's year), no serial that lacks its station (\"ISTANBUL 1703 & 1711\"); a REF block before the SUBJECT line or with",
  `two blank lines in a row above it, below the SUBJECT, the release never read (see "${UNREAD_LABEL}").`,
  "Nothing else is excused: rows whose column is empty although the block cites cables plainly count as misses.",
].join("\n");

function squash(text: string): string {
  return text.replace(/¶/g, " ").replace(/\s+/g, " ").toUpperCase();
}

/**
 * The lines a citation spans where the text writes it inside parentheses ("(86\nALEXANDRIA 1341)",
 * "(... TELCON, BAGHDAD 4399)"), or null: the release reads each line alone.
 */
function parenthesisedAsWritten(whole: string, text: string): string[] | null {
  const words = text.split(/\s+/).filter((word) => word !== "");
  const written = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "gi");
  for (const m of whole.matchAll(written)) {
    const open = whole.lastIndexOf("(", m.index);
    if (open < 0 || whole.lastIndexOf(")", m.index) > open) continue;
    const end = m.index + m[0].length;
    const close = whole.indexOf(")", end);
    const nextOpen = whole.indexOf("(", end);
    if (close >= 0 && (nextOpen < 0 || close < nextOpen)) return m[0].split("\n");
  }
  return null;
}

/** The canonical ids the release's column can hold of the parsed references (see COMPARABLE_NOTE). */
function releaseComparable(src: TelegramSource, record: CableRecord, block: ReleaseRefBlock | null): string[] {
  const read = block && !block.unread ? block.paragraph : [];
  const paragraph = squash(read.join("\n"));
  const ids: string[] = [];
  for (const r of record.references) {
    const id = r.id;
    if (!id) continue;
    const heldIn = (lines: readonly string[]) => (record.year === null ? id : heldByRelease(id, lines, record.year));
    const fromBlock = paragraph.includes(squash(r.text)) ? heldIn(read) : null;
    // A body citation, or the body's "(99 STATE 193655)" repeating what the REF block splits over two lines.
    const inParentheses = r.label === null && fromBlock !== id ? parenthesisedAsWritten(src.text, r.text) : null;
    const fromBody = inParentheses ? heldIn(inParentheses) : null;
    for (const held of [fromBlock, fromBody]) if (held) ids.push(canonicalId(held));
  }
  return ids;
}

interface Tally {
  label: string;
  /** "agreement" prints agree / total and percent; "count" prints how many rows it happened in. */
  kind: "agreement" | "count";
  agree: number;
  total: number;
  examples: string[];
}

/** Every disagreement, when --dump asks for them. */
interface Dump {
  field: string;
  lines: string[];
}
let dump: Dump | null = null;

const tallies = new Map<string, Tally>();

/** The one input, when only one is given: its rows are named "row N" alone. */
let onlyInput: string | undefined;

/** Where an example comes from: "row N" of the only input, else the file (and its row). */
function located(source: { path: string; row?: number }): string {
  return source.path === onlyInput && source.row !== undefined ? `row ${source.row}` : describeSourceKey(source);
}

function tally(label: string, agree: boolean, example: () => string, limit: number, kind: Tally["kind"] = "agreement"): void {
  const t = tallies.get(label) ?? { label, kind, agree: 0, total: 0, examples: [] };
  tallies.set(label, t);
  t.total++;
  if (agree) t.agree++;
  else {
    if (t.examples.length < limit) t.examples.push(example());
    if (dump && label.includes(dump.field)) dump.lines.push(`${label}\t${example()}`);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

function show(values: readonly string[]): string {
  return `[${[...new Set(values)].sort().join(" ")}]`;
}

function checkRow(src: TelegramSource, withMeta: CableRecord, textOnly: CableRecord, limit: number): void {
  const m = src.metadata;
  const where = `${located(src.source)} ${m.id ?? "?"}`;
  const head = headOf(src.text);
  const hasDtg = DTG_LINE.test(head);
  const statesYear = hasDtg || PRINTED_NUMBER_LINE.test(head);
  const cmp = (label: string, expected: string | null | undefined, actual: string | null) => {
    if (expected === undefined || expected === null) return;
    tally(label, expected === actual, () => `${where}: expected ${JSON.stringify(expected)}, text gives ${JSON.stringify(actual)}`, limit);
  };
  const parts = m.id ? splitCableId(m.id) : null;
  if (parts) cmp("station+serial (all rows)", `${parts.station} ${parts.serial}`, textOnly.station === null ? null : `${textOnly.station} ${textOnly.serial}`);
  if (hasDtg) cmp("date to the day (text has a DTG line)", m.date?.slice(0, 10), textOnly.date?.slice(0, 10) ?? null);
  if (statesYear) cmp("id (text states the year)", m.id, textOnly.id);
  else if (textOnly.id !== null) {
    tally("id null where the text states no year", false, () => `${where}: text alone gave id ${textOnly.id}`, limit);
  } else tally("id null where the text states no year", true, () => "", limit);
  cmp("classification", m.classification, textOnly.classification);
  cmp("origin", m.origin, textOnly.origin);

  if (m.referencedIds === undefined) {
    checkConsistency(withMeta, textOnly, where, limit);
    return;
  }
  const expectedRaw = m.referencedIds;
  const parsedIds = withMeta.references.flatMap((r) => (r.id ? [r.id] : []));
  tally("references, exact set vs column 6 as written", sameSet(expectedRaw, parsedIds), () => `${where}: column ${show(expectedRaw)} parsed ${show(parsedIds)}`, limit);
  const own = m.id ? canonicalId(m.id) : null;
  const canonical = expectedRaw.map((id) => canonicalId(id.replace(COLUMN_PREFIX, "$1"))).filter((id) => id !== own);
  const expected = canonical.filter((id) => CABLE_ID_SHAPE.test(id));
  if (expected.length < canonical.length) {
    const junk = canonical.filter((id) => !CABLE_ID_SHAPE.test(id));
    tally("references: column 6 entries of no cable id's shape, dropped", false, () => `${where}: ${show(junk)}`, limit, "count");
  }
  const parsed = parsedIds.map(canonicalId);
  const refText = () =>
    withMeta.references
      .map((r) => `${r.label ?? "-"}:${r.text}`)
      .join(" | ")
      .slice(0, 200);
  tally("references, exact set vs column 6 cleaned", sameSet(expected, parsed), () => `${where}: column ${show(expected)} parsed ${show(parsed)} from «${refText()}»`, limit);

  const block = releaseRefBlock(prepareLines(src.text));
  if (block?.unread && parsed.length > 0) {
    tally(UNREAD_LABEL, expected.length === 0, () => `${where}: column ${show(expected)} for a REF block the release never read: «${refText()}»`, limit);
  }
  const comparable = releaseComparable(src, withMeta, block);
  tally(
    COMPARABLE_LABEL,
    sameSet(expected, comparable),
    () => `${where}: column ${show(expected)} comparable ${show(comparable)} from «${refText()}»`,
    limit,
  );
  if (expected.length === 0 && comparable.length > 0) {
    tally("references: column 6 empty though the REF block cites cables", false, () => `${where}: comparable ${show(comparable)} from «${refText()}»`, limit, "count");
  }
  const parsedSet = new Set(parsed);
  const missing = expected.filter((id) => !parsedSet.has(id));
  const expectedSet = new Set(expected);
  const extra = parsed.filter((id) => !expectedSet.has(id));
  if (missing.length > 0 || extra.length > 0) {
    const kind = missing.length === 0 ? "parsed more than column 6 lists" : extra.length === 0 ? "parsed fewer than column 6 lists" : "parsed other ids than column 6";
    tally(`references differ: ${kind}`, false, () => `${where}: missing ${show(missing)} extra ${show(extra)} from «${refText()}»`, limit, "count");
  }
  for (const id of expected) tally("references: column 6 ids found (recall)", parsedSet.has(id), () => `${where}: ${id} not found in «${refText()}»`, limit);
  for (const id of parsed) tally("references: parsed ids column 6 lists (precision)", expectedSet.has(id), () => `${where}: ${id} from «${refText()}»`, limit);

  checkConsistency(withMeta, textOnly, where, limit);
}

/** Fields the source states no value for: the two parses must agree, and the text should hold them. */
function checkConsistency(withMeta: CableRecord, textOnly: CableRecord, where: string, limit: number): void {
  tally("tags (two parses agree)", sameSet(withMeta.tags, textOnly.tags), () => `${where}: ${show(withMeta.tags)} vs ${show(textOnly.tags)}`, limit);
  tally("subject (two parses agree)", withMeta.subject === textOnly.subject, () => `${where}: ${withMeta.subject} vs ${textOnly.subject}`, limit);
  tally("subject found", textOnly.subject !== null, () => `${where}: no SUBJECT line found`, limit);
  tally("tags found", textOnly.tags.length > 0, () => `${where}: no TAGS found`, limit);
}

function percent(t: Tally): string {
  return t.total === 0 ? "   n/a" : `${((100 * t.agree) / t.total).toFixed(2).padStart(6)} %`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const valueOf = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const limit = Number(valueOf("--examples") ?? DEFAULT_EXAMPLES);
  const dumpFile = valueOf("--dump");
  if (dumpFile) dump = { field: valueOf("--field") ?? "", lines: [] };
  const paths = args.filter((a, i) => !a.startsWith("--") && (i === 0 || !args[i - 1].startsWith("--")));
  if (paths.length === 1) onlyInput = paths[0];
  if (paths.length === 0) throw new Error("usage: npm run parse:check -- <cables.csv | folder>... [--examples N] [--dump FILE [--field TEXT]]");
  let rows = 0;
  let parsedRows = 0;
  let textBytes = 0;
  let inputBytes = 0;
  let parseMicros = 0;
  const problems: string[] = [];
  for await (const item of readSources(paths, { onTotal: (total) => (inputBytes = total.bytes) })) {
    rows++;
    if (item.kind === "problem") {
      problems.push(describeProblem(item.problem));
      continue;
    }
    const src = item.source;
    const where = located(src.source);
    if (src.warnings.length > 0) tally(WARNINGS_LABEL, false, () => `${where} ${src.metadata.id ?? "?"}: ${src.warnings.join("; ")}`, limit, "count");
    try {
      const start = process.cpuUsage();
      const withMeta = CableRecord.parse(parseTelegram(src));
      const textOnly = CableRecord.parse(parseTelegram(src, { useMetadata: false }));
      const used = process.cpuUsage(start);
      parseMicros += used.user + used.system;
      textBytes += 2 * Buffer.byteLength(src.text);
      parsedRows++;
      checkRow(src, withMeta, textOnly, limit);
    } catch (error) {
      problems.push(`${where} ${src.metadata.id ?? ""}: parser failed or its record is invalid: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
    }
  }
  const mb = inputBytes / 1e6;
  console.log(`${paths.join(" ")}: ${rows} rows, ${parsedRows} parsed twice, ${problems.length} problems (${mb.toFixed(1)} MB)`);
  for (const problem of problems.slice(0, 20)) console.log(`  problem: ${problem}`);
  const mbPerSecond = textBytes / 1e6 / (parseMicros / 1e6);
  console.log(`parser: ${mbPerSecond.toFixed(1)} MB/s of telegram text per CPU second, records validated (each parse counted; cold start included)\n`);
  const ordered = [...tallies.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "agreement" ? -1 : 1));
  for (const t of ordered) {
    const figure = t.kind === "count" ? `${String(t.total).padStart(6)} rows` : `${String(t.agree).padStart(6)} / ${String(t.total).padEnd(6)} ${percent(t)}`;
    console.log(`${t.label.padEnd(60)} ${figure}`);
    for (const example of t.examples) console.log(`    ${example}`);
  }
  if (tallies.has(COMPARABLE_LABEL)) console.log(`\n${COMPARABLE_NOTE}`);
  if (dumpFile && dump) {
    writeFileSync(dumpFile, dump.lines.map((line) => `${line}\n`).join(""));
    console.log(`\n${dump.lines.length} disagreements written to ${dumpFile}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
