/**
 * The SUBJECT line, continuation lines joined into one line
 * ("EMBASSY GETS TO KNOW COCALERO LEADER AND PRO-COCA MAYORS").
 */
import { FIELD_LINE_STARTS } from "./header-keywords";
import { tidySpacing } from "./text";

const SUBJECT_KEYWORD = new RegExp(`^${FIELD_LINE_STARTS.subject}\\s*`, "i");

export function parseSubject(lines: readonly string[]): string | null {
  const subject = tidySpacing(lines.join(" ").replace(SUBJECT_KEYWORD, ""));
  return subject === "" ? null : subject;
}
