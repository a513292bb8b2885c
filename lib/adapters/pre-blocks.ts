/**
 * The <code><pre> blocks that hold a cable's text, on Cablegate site pages (header, then body) and
 * in NER dumps (the whole telegram), with markup and entities still as written.
 */

const PRE_START = "<code><pre>";
export const PRE_END = "</pre></code>";

export interface PreBlock {
  content: string;
  /** False when the page ends inside the block (a truncated page): the content runs to the end. */
  closed: boolean;
}

/** Every block from `from` on, in order; an unclosed block is the last. */
export function findPreBlocks(html: string, from = 0): PreBlock[] {
  const blocks: PreBlock[] = [];
  for (let start = html.indexOf(PRE_START, from); start >= 0; ) {
    const contentStart = start + PRE_START.length;
    const end = html.indexOf(PRE_END, contentStart);
    if (end < 0) {
      blocks.push({ content: html.slice(contentStart), closed: false });
      break;
    }
    blocks.push({ content: html.slice(contentStart, end), closed: true });
    start = html.indexOf(PRE_START, end + PRE_END.length);
  }
  return blocks;
}
