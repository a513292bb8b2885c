/**
 * Cables the body cites in parentheses: "(BEIRUT 1013)", "(87 IZMIR 1213)", "(PRAGUE 8106)". The
 * release lists them among a cable's references; only stations the tables know count here, and the
 * parentheses must hold the citation alone (a station, a serial, maybe a year or "AND PREVIOUS").
 */
import type { Reference } from "@/lib/record/schema";
import { citedIds } from "./reference-ids";

/** "(87 IZMIR 1213)" is short; longer parentheses are prose. */
const MAX_INSIDE = 40;
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
    if (close - open - 1 > MAX_INSIDE) continue;
    const inside = body.slice(open + 1, close);
    if (!DIGIT.test(inside) || !OPENS_LIKE_CITATION.test(inside) || PROSE.test(inside)) continue;
    const text = inside.replace(/\s+/g, " ").trim();
    for (const id of citedIds(text, citingYear, true)) references.push({ label: null, text, id, kind: "cable" });
  }
  return references;
}
