import { describe, expect, it } from "vitest";
import { decodeHtmlEntities } from "./html-entities";
import { stripMarkupTags } from "./html-tags";
import { stripMarkdownResidue } from "./markdown-residue";

describe("decodeHtmlEntities", () => {
  it.each([
    ["line&#x000A;break", "line\nbreak"],
    ["&#39;quoted&#39; &quot;twice&quot;", "'quoted' \"twice\""],
    ["AT&amp;T", "AT&T"],
    ["AT&T stays", "AT&T stays"],
    ["&D; is cable text", "&D; is cable text"],
    ["&#0; is no character", "&#0; is no character"],
    ["&unknown; kept", "&unknown; kept"],
    ["&constructor; &toString; are text", "&constructor; &toString; are text"],
    // Line ends go first, by plain search: an escaped one stays escaped, the others still decode.
    ["a&#x000A;&amp;#x000A;&#x000A;&lt;b&#X000A;", "a\n&#x000A;\n<b\n"],
  ])("%j -> %j", (input, output) => expect(decodeHtmlEntities(input)).toBe(output));
});

describe("stripMarkupTags", () => {
  it.each([
    ["TAGS: <a href='/tag/SNAR_0.html'>SNAR</a>", "TAGS: SNAR"],
    ["<a id='par1' href='#par1'>¶</a>1. (S)", "¶1. (S)"],
    ["<strong>EO 12958 </strong>DECL", "EO 12958 DECL"],
    ["<code><pre>text</pre></code>", "text"],
    ["a <script>tag</script> quoted in a cable", "a <script>tag</script> quoted in a cable"],
    ["1 < 2 and 3 > 2", "1 < 2 and 3 > 2"],
  ])("%j -> %j", (input, output) => expect(stripMarkupTags(input)).toBe(output));
});

describe("stripMarkdownResidue", () => {
  it.each([
    ["TAGS: [PGOV](#) [SNAR](#) [PE](#)", "TAGS: PGOV SNAR PE"],
    ["[1](#)B. LIMA 1053", "¶B. LIMA 1053"],
    ["[1](#)1. (SBU) Summary", "¶1. (SBU) Summary"],
    ["see [the link](http://example.org)", "see [the link](http://example.org)"],
    ["[A] bracketed text", "[A] bracketed text"],
  ])("%j -> %j", (input, output) => expect(stripMarkdownResidue(input)).toBe(output));
});
