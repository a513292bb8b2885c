/** Plain-text normalisation shared by every adapter. */

const LINE_END = /\r\n?/g;
const LEADING_BLANK_LINES = /^(?:[ \t\u00a0]*\n)+/;
const BLANK = new Set([" ", "\t", "\u00a0", "\n"]);

/** "\r\n" and lone "\r" become "\n": TelegramSource.text always uses "\n". */
function normalizeLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(LINE_END, "\n") : text;
}

/** Drops blank lines before the first and after the last line of text; inner layout is kept. */
function trimBlankLines(text: string): string {
  const start = text.replace(LEADING_BLANK_LINES, "");
  // Scan back over trailing blanks by hand: an unanchored regex would try every line end.
  let end = start.length;
  let cut = end;
  while (end > 0 && BLANK.has(start[end - 1])) {
    end -= 1;
    if (start[end] === "\n") cut = end;
  }
  return cut === start.length ? start : start.slice(0, cut);
}

/** Telegram text as adapters hand it on: "\n" line ends, no blank lines around it. */
export function cleanTelegramText(text: string): string {
  return trimBlankLines(normalizeLineEnds(text));
}
