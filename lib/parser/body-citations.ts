/**
 * Cables the body cites in parentheses: "(BEIRUT 1013)", "(87 IZMIR 1213)", "(PRAGUE 8106)". The
 * release lists them among a cable's references; only stations the tables know count here, and the
 * parentheses must hold the citation alone (a station, a serial, maybe a year or "AND PREVIOUS"),
 * or stand as one part of a list of sources: "(EMBASSY KUWAIT/TASK FORCE TELCON, BAGHDAD 4399)".
 */
import type { Reference } from "@/lib/record/schema";
import { citedIds } from "./reference-ids";
import { canonicalStation, isKnownStation } from "./stations";
import { singleSpaced } from "./text";

/** "(87 IZMIR 1213)" is short; longer parentheses are prose, or a list of sources. */
const MAX_INSIDE = 40;
/** A sitrep's list of sources: "(KUWAIT TDFIRDB-315/20191-90, KUWAIT 4431, TELECON WITH EMBASSY KUWAIT)". */
const MAX_SOURCE_LIST = 120;
const SOURCE_SEPARATOR = /[,;]/;
/** A part of a list of sources that is a citation and nothing else: "BAGHDAD 4399", "87 IZMIR 1213". */
const CITATION_ALONE = /^(?:\d{2} )?([A-Z][A-Z ]{2,30}) \d{1,6}$/;
/** A citation opens with a station or a two-digit year. */
const OPENS_LIKE_CITATION = /^\s?(?:\d{2}\s)?[A-Za-z]{3}/;
/** A citation holds a serial: "(U)", "(SBU)" and most parentheses hold no digit. */
const DIGIT = /\d/;
/** Prose words inside parentheses that are no part of a citation. */
const PROSE = /\b(?:para|paras|paragraph|see|ref|refs|reftel|section)\b/i;

export function bodyCitations(body: string, citingYear: number | null): Reference[] {
  const references: Reference[] = [];
  if (citingYear === null) return references;
  for (let open = body.indexOf("("); open >= 0; open = body.indexOf("(", open + 1)) {
    const close = body.indexOf(")", open + 1);
    if (close < 0) break;
    const length = close - open - 1;
    if (length > MAX_SOURCE_LIST) continue;
    const inside = body.slice(open + 1, close);
    if (!DIGIT.test(inside)) continue;
    if (length <= MAX_INSIDE) addCitations(inside, citingYear, references);
    else addSourceListCitations(inside, citingYear, references);
  }
  return references;
}

/** The cables a list of sources cites: its parts that are a citation alone. */
function addSourceListCitations(inside: string, citingYear: number, references: Reference[]): void {
  for (const part of inside.split(SOURCE_SEPARATOR)) if (isCitationAlone(singleSpaced(part))) addCitations(part, citingYear, references);
}

/** "BAGHDAD 4399" is a citation alone; "IN LIMA 2" is prose: the words before the serial must name a station. */
function isCitationAlone(part: string): boolean {
  const station = CITATION_ALONE.exec(part)?.[1];
  return station !== undefined && isKnownStation(canonicalStation(station));
}

/** The cables a parenthesis (or one part of it) cites, when it holds a citation alone. */
function addCitations(inside: string, citingYear: number, references: Reference[]): void {
  if (!DIGIT.test(inside) || !OPENS_LIKE_CITATION.test(inside) || PROSE.test(inside)) return;
  const text = singleSpaced(inside);
  const ids = citedIds(text, citingYear, true);
  for (let i = 0; i < ids.length; i++) references.push({ label: null, text, id: ids[i], kind: "cable" });
}
