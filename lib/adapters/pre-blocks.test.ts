import { describe, expect, it } from "vitest";
import { findPreBlocks } from "./pre-blocks";

/** Snippets of tests/fixtures/adapters/04OTTAWA3115.html and seed 002. */
const PARTIAL = "This record is a partial extract of the original cable. The full text of the original cable is not available.";
const OTTAWA_BODY = "S E C R E T SECTION 01 OF 04 OTTAWA 003115&#x000A;&#x000A;SIPDIS&#x000A;";
const NER_BODY = "C O N F I D E N T I A L SECTION 01 OF 03 [LOC LIMA  ] 002158 SIPDIS";

describe("findPreBlocks", () => {
  it.each([
    {
      name: "site page: header and body blocks, navigation around them ignored",
      html: `<div class='pane'>\n<code><pre>${PARTIAL}</pre></code>\n<code><pre>${OTTAWA_BODY}</pre></code>\n</div>`,
      blocks: [
        { content: PARTIAL, closed: true },
        { content: OTTAWA_BODY, closed: true },
      ],
    },
    {
      name: "NER dump: one block, tags inside kept",
      html: `<code><pre>${NER_BODY} TAGS: <a href='/tag/SNAR_0.html'>SNAR</a>\nSTRUBLE</pre></code> `,
      blocks: [{ content: `${NER_BODY} TAGS: <a href='/tag/SNAR_0.html'>SNAR</a>\nSTRUBLE`, closed: true }],
    },
    {
      name: "truncated page: the open block runs to the end",
      html: `<code><pre>${PARTIAL}</pre></code>\n<code><pre>${OTTAWA_BODY}`,
      blocks: [
        { content: PARTIAL, closed: true },
        { content: OTTAWA_BODY, closed: false },
      ],
    },
    { name: "empty block", html: "<code><pre></pre></code>", blocks: [{ content: "", closed: true }] },
    { name: "no block", html: `<pre>${NER_BODY}</pre>`, blocks: [] },
  ])("$name", ({ html, blocks }) => {
    expect(findPreBlocks(html)).toEqual(blocks);
  });

  it("starts looking at `from` (a site page's blocks follow its metadata table)", () => {
    const html = `<table class='cable'><code><pre>not the cable</pre></code></table><code><pre>${OTTAWA_BODY}</pre></code>`;
    expect(findPreBlocks(html, html.indexOf("</table>"))).toEqual([{ content: OTTAWA_BODY, closed: true }]);
  });
});
