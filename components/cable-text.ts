/**
 * Telegram text is hard-wrapped at about 70 columns. For reading on any screen width, lines of a
 * block are joined and blank lines separate blocks; lines that start a list item or are indented
 * keep their own line, so lists and tables stay readable. The original text is shown as is elsewhere.
 */

/** A line that starts a new visual line even inside a block: "-- item", "* item", "(a) item", "A) item", indented text. */
const LINE_START = /^(?:\s{2,}\S|[-*•]|\([a-z0-9]{1,3}\)\s|[A-Za-z0-9]{1,3}[.)]\s)/;
const BLOCK_BREAK = /\n[ \t]*\n/;

export function textBlocks(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(BLOCK_BREAK)
    .map((block) => joinWrappedLines(block.split("\n")))
    .filter((lines) => lines.length > 0);
}

function joinWrappedLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (joined.length === 0 || LINE_START.test(line)) joined.push(trimmed);
    else joined[joined.length - 1] += ` ${trimmed}`;
  }
  return joined;
}
