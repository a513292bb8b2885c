/**
 * The summary and the comment: a paragraph opening "Summary:" / "BEGIN SUMMARY:" / "Comment:",
 * or following a "Summary" / "Comment" heading, up to "End Summary" / "End Comment" (or, for the
 * comment, the end of the body). Inline notes "(Comment: ... End comment.)" are not the comment.
 */
import type { Paragraph } from "@/lib/record/schema";

interface SectionRule {
  /** The paragraph opens the section: "Summary:", "BEGIN SUMMARY.", "SUMMARY AND COMMENT:". */
  opening: RegExp;
  /** A heading paragraph that announces it: "Summary", "COMMENT:". */
  heading: RegExp;
  /** Where the section ends inside the text. */
  closing: RegExp;
  /** Without a closing: "paragraph" ends it with its paragraph, "body" runs to the body's end. */
  unclosed: "paragraph" | "body";
  /** Which of several candidates counts. */
  pick: "first" | "last";
}

const RULES: Record<"summary" | "comment", SectionRule> = {
  summary: {
    opening: /^(?:BEGIN\s+)?SUMMARY(?:\s+AND\s+COMMENT)?\s?[:.-]+\s*/i,
    heading: /^(?:BEGIN\s+)?SUMMARY\s?[:.]?$/i,
    closing: /\bEND\s+(?:OF\s+)?SUMMARY\b[\s.]*/i,
    unclosed: "paragraph",
    pick: "first",
  },
  comment: {
    opening: /^(?:BEGIN\s+)?COMMENT\s?[:.-]+\s*/i,
    heading: /^(?:BEGIN\s+)?COMMENTS?\s?[:.]?$/i,
    closing: /\bEND\s+(?:OF\s+)?COMMENT\b[\s.]*/i,
    unclosed: "body",
    pick: "last",
  },
};

/** How many paragraphs on an "End Summary" may still close a section. */
const CLOSING_LOOKAHEAD = 4;

/** The paragraph within CLOSING_LOOKAHEAD after `from` that closes the section, or -1. */
function closingParagraph(paragraphs: readonly Paragraph[], from: number, closing: RegExp): number {
  const last = Math.min(paragraphs.length - 1, from + CLOSING_LOOKAHEAD);
  for (let i = from + 1; i <= last; i++) if (closing.test(paragraphs[i].text)) return i;
  return -1;
}

function extract(paragraphs: readonly Paragraph[], rule: SectionRule): string | null {
  const starts: Array<{ index: number; text: string }> = [];
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index];
    if (p.number === null && rule.heading.test(p.text.trim())) {
      const next = paragraphs[index + 1];
      if (next) starts.push({ index: index + 1, text: next.text });
    } else {
      const m = rule.opening.exec(p.text);
      if (m) starts.push({ index, text: p.text.slice(m[0].length) });
    }
  }
  const start = rule.pick === "first" ? starts[0] : starts[starts.length - 1];
  if (!start) return null;
  const parts = [start.text];
  if (!rule.closing.test(start.text)) {
    const closedAt = closingParagraph(paragraphs, start.index, rule.closing);
    const last = closedAt >= 0 ? closedAt : rule.unclosed === "body" ? paragraphs.length - 1 : start.index;
    for (let i = start.index + 1; i <= last; i++) parts.push(paragraphs[i].text);
  }
  const text = parts.join("\n\n");
  const end = rule.closing.exec(text);
  const section = (end ? text.slice(0, end.index) : text).trim();
  return section === "" ? null : section;
}

export function findSummary(paragraphs: readonly Paragraph[]): string | null {
  return extract(paragraphs, RULES.summary);
}

export function findComment(paragraphs: readonly Paragraph[]): string | null {
  return extract(paragraphs, RULES.comment);
}
