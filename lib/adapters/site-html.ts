/**
 * Cablegate site page (site-html): a metadata table (Reference ID, Created, Released,
 * Classification, Origin), then the header and the body each in a <code><pre> block with HTML
 * entities ("&#x000A;") and paragraph anchors. Navigation and help text around them are ignored.
 */
import type { DocumentAdapter } from "./types";
import { buildSource, readMetadata, type RawMetadata } from "./metadata";
import { decodeHtmlEntities } from "./markup/html-entities";
import { stripMarkupTags } from "./markup/html-tags";
import { findPreBlocks } from "./pre-blocks";

/** Column headings of the page's metadata table and the field each fills. */
const SITE_TABLE_COLUMNS: Readonly<Record<string, keyof RawMetadata>> = {
  "Reference ID": "id",
  Created: "date",
  Released: "released",
  Classification: "classification",
  Origin: "origin",
};

const TABLE_START = "<table class='cable'>";
const TABLE_END = "</table>";
const HEADING_CELL = /<th[^>]*>([^<]*)<\/th>/g;
const ROW = /<tr[^>]*>([\s\S]*?)<\/tr>/g;
const DATA_CELL = /<td[^>]*>([\s\S]*?)<\/td>/g;
const ANY_TAG = /<[^<>]*>/g;

function cellText(html: string): string {
  return decodeHtmlEntities(html.replace(ANY_TAG, "")).trim();
}

function readTable(table: string, warnings: string[]): RawMetadata {
  const headings = [...table.matchAll(HEADING_CELL)].map((m) => cellText(m[1]));
  // The first row with a cell per heading holds the values (a later one lists articles).
  const values = [...table.matchAll(ROW)]
    .map((row) => [...row[1].matchAll(DATA_CELL)].map((cell) => cellText(cell[1])))
    .find((cells) => cells.length === headings.length);
  const raw: RawMetadata = {};
  if (!values) {
    warnings.push("site page metadata table has no row of values");
    return raw;
  }
  headings.forEach((heading, i) => {
    const field = SITE_TABLE_COLUMNS[heading];
    if (field) raw[field] = values[i];
  });
  return raw;
}

function preText(block: string): string {
  return decodeHtmlEntities(stripMarkupTags(block));
}

export const adaptSiteHtml: DocumentAdapter = (html, path) => {
  const warnings: string[] = [];
  const tableStart = html.indexOf(TABLE_START);
  const tableEnd = tableStart < 0 ? -1 : html.indexOf(TABLE_END, tableStart);
  if (tableStart < 0 || tableEnd < 0) {
    return [{ ok: false, problem: { path, reason: "Cablegate page without its metadata table (<table class='cable'>)" } }];
  }
  const metadata = readMetadata(readTable(html.slice(tableStart, tableEnd), warnings), warnings);
  const found = findPreBlocks(html, tableEnd);
  if (found.at(-1)?.closed === false) warnings.push("page ends inside a <pre> block: the cable may be truncated");
  const blocks = found.map((block) => block.content);
  if (blocks.length === 0) return [{ ok: false, problem: { path, reason: "Cablegate page without the cable's <pre> blocks" } }];
  if (blocks.length === 1) warnings.push("Cablegate page with one <pre> block (expected header and body): read as the body");
  if (blocks.length > 2) warnings.push(`Cablegate page with ${blocks.length} <pre> blocks: the first is the header, the rest the body`);
  const [header, ...body] = blocks.length === 1 ? ["", blocks[0]] : blocks;
  const text = `${preText(header)}\n${body.map(preText).join("\n")}`;
  return [{ ok: true, value: buildSource({ format: "site-html", path, text, metadata, warnings }) }];
};
