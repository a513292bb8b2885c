import { describe, expect, it } from "vitest";
import type { Paragraph } from "@/lib/record/schema";
import { findComment, findSummary } from "./sections";

const p = (number: string | null, text: string): Paragraph => ({ number, classification: null, text });

describe("findSummary", () => {
  it.each([
    [[p(null, "Summary"), p("1", "Post hosted 48 cocalero leaders. End Summary."), p("2", "Nelson.")], "Post hosted 48 cocalero leaders."],
    [[p("1", "Summary: Peru's largest organization. End Summary.")], "Peru's largest organization."],
    [[p(null, "BEGIN SUMMARY: In the first two months. END SUMMARY"), p("1", "The Mission.")], "In the first two months."],
    [[p("2", "SUMMARY. AGAINST THE BACKDROP. END SUMMARY.")], "AGAINST THE BACKDROP."],
    [[p("1", "Summary: Part one."), p("2", "Summary continued: Part two. End summary."), p("3", "Three.")], "Part one.\n\nSummary continued: Part two."],
    [[p("1", "Summary: No end marker here."), p("2", "Two.")], "No end marker here."],
    [[p("1", "Nothing to see.")], null],
  ])("%j", (paragraphs, summary) => {
    expect(findSummary(paragraphs)).toBe(summary);
  });
});

describe("findComment", () => {
  it.each([
    [[p(null, "Comment"), p("5", "We chose to meet. End Comment.")], "We chose to meet."],
    [[p(null, "Comment:"), p("7", "There is much debate."), p("8", "More.")], "There is much debate.\n\nMore."],
    [[p("13", "Comment: This report is disturbing.")], "This report is disturbing."],
    // An inline note is not the cable's comment.
    [[p("3", "THE PAPER SAID. (COMMENT: NO DATES. END COMMENT.)")], null],
    [[p("7", "COMMENT: AT THIS JUNCTURE. END COMMENT.")], "AT THIS JUNCTURE."],
  ])("%j", (paragraphs, comment) => {
    expect(findComment(paragraphs)).toBe(comment);
  });
});
