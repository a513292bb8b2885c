/**
 * The release marks cables it holds only in part with a fixed notice, as a header of its own
 * (cables.csv, site pages, record dumps) or as the first line of the text (partial extracts).
 * The notice is metadata, not telegram text: adapters remove it and set `partial`.
 */

export const PARTIAL_NOTICE =
  "This record is a partial extract of the original cable. The full text of the original cable is not available.";

/** The notice's opening sentence, enough to recognise it when an export cut it short. */
const NOTICE_START = "This record is a partial extract of the original cable.";

export interface NoticeSplit {
  partial: boolean;
  /** The text with the notice removed. */
  text: string;
}

/** Removes every copy of the notice from the text (seed 004 carries it twice), each leaving a line end. */
export function removePartialNotice(text: string): NoticeSplit {
  let at = text.indexOf(NOTICE_START);
  if (at < 0) return { partial: false, text };
  let kept = "";
  let from = 0;
  for (; at >= 0; at = text.indexOf(NOTICE_START, from)) {
    kept += `${text.slice(from, at)}\n`;
    from = at + (text.startsWith(PARTIAL_NOTICE, at) ? PARTIAL_NOTICE : NOTICE_START).length;
  }
  return { partial: true, text: kept + text.slice(from) };
}

export function startsWithPartialNotice(text: string): boolean {
  return text.trimStart().startsWith(NOTICE_START);
}
