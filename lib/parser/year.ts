/**
 * Weak evidence for the year of a cable whose text does not state it (partial extracts have no
 * date-time group). Reported as inferences only, never used for the id: seed 002 is 05LIMA2158
 * although its DECL date, ten years on, points at 2004.
 */
import type { Inference } from "@/lib/record/schema";

/** Classified cables were mostly set to declassify ten years on. */
const USUAL_DECL_YEARS = 10;
const BODY_YEAR = /\b(19[6-9]\d|200\d|2010)\b/g;

export function yearInferences(declassification: string | null, body: string): Inference[] {
  const inferences: Inference[] = [];
  const decl = declassification && /^\d{4}-\d{2}-\d{2}$/.test(declassification) ? Number(declassification.slice(0, 4)) : null;
  if (decl !== null) {
    inferences.push({
      field: "year",
      value: String(decl - USUAL_DECL_YEARS),
      evidence: `declassification date ${declassification}, usually ${USUAL_DECL_YEARS} years after the cable`,
    });
  }
  const counts = new Map<string, number>();
  for (const m of body.matchAll(BODY_YEAR)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const latest = [...counts.keys()].sort().pop();
  if (latest) {
    inferences.push({
      field: "year",
      value: latest,
      evidence: `latest year the text names (${[...counts.entries()].map(([y, n]) => `${y}×${n}`).join(", ")}) (plans and forecasts name later years)`,
    });
  }
  return inferences;
}
