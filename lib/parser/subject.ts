/**
 * The SUBJECT line, continuation lines joined into one line
 * ("EMBASSY GETS TO KNOW COCALERO LEADER AND PRO-COCA MAYORS").
 */
import { tidySpacing } from "./text";

const SUBJECT_KEYWORD = /^SUBJ(?:ECT)?\s?:\s*/i;

export function parseSubject(lines: readonly string[]): string | null {
  const subject = tidySpacing(lines.join(" ").replace(SUBJECT_KEYWORD, ""));
  return subject === "" ? null : subject;
}
