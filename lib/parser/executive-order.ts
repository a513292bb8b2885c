/**
 * The E.O. line: which executive order governs the classification and when it lapses
 * ("E.O. 12958: N/A", "E.O. 12356: DECL: OADR", "E.O. 12958: DECL: 03/14/2015").
 */
import { fullYear } from "./dtg";
import { EO, ORDER_NUMBER } from "./header-keywords";
import { singleSpaced } from "./text";

export interface ExecutiveOrder {
  executiveOrder: string | null;
  /** "N/A", "OADR", "X1", or an ISO date for a DECL date. */
  declassification: string | null;
}

/** The order's number, then the instruction after the colon ("DECL: OADR"). */
const ORDER = new RegExp(`^${EO}(${ORDER_NUMBER})\\s*:?\\s*(.*)$`, "i");
const DECL = /^DECL(?:ASSIFY)?\s*:?\s*(?:ON\s*:?\s*)?/i;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/;

/** "03/14/2015" -> "2015-03-14"; null when it is no calendar date. */
export function isoDateOf(text: string): string | null {
  const m = US_DATE.exec(text);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${fullYear(m[3])}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseExecutiveOrder(lines: readonly string[]): ExecutiveOrder {
  const m = ORDER.exec(singleSpaced(lines.join(" ")));
  if (!m) return { executiveOrder: null, declassification: null };
  const instruction = m[2].replace(DECL, "").trim().replace(/[.,;]+$/, "");
  return { executiveOrder: m[1], declassification: declassificationOf(instruction) };
}

/** The DECL instruction as a date or in capitals; null when the line gives none. */
function declassificationOf(instruction: string): string | null {
  if (instruction === "") return null;
  return isoDateOf(instruction) ?? instruction.toUpperCase();
}
