/**
 * HTML character references as the Cablegate pages and NER dumps write them. Only well-formed
 * references are decoded; anything else ("AT&T", "&D;") is cable text and stays as written.
 */

/** Named references seen in the release's HTML, plus the XML five. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  para: "¶",
  sect: "§",
  deg: "°",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  hellip: "\u2026",
};

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));/g;
const MAX_CODE_POINT = 0x10ffff;

function fromCodePoint(code: number, raw: string): string {
  return code > 0 && code <= MAX_CODE_POINT ? String.fromCodePoint(code) : raw;
}

/**
 * The site pages write every line end as a reference: by far the most common one, replaced by a
 * plain search first (no entity can hold the "&" it starts with, so the result is the same).
 */
const LINE_END_REFERENCE = "&#x000A;";

export function decodeHtmlEntities(html: string): string {
  if (!html.includes("&")) return html;
  const text = html.includes(LINE_END_REFERENCE) ? html.replaceAll(LINE_END_REFERENCE, "\n") : html;
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (raw, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16), raw);
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10), raw);
    // Own keys only: "&constructor;" is text, not Object.prototype.constructor.
    return Object.hasOwn(NAMED_ENTITIES, name as string) ? NAMED_ENTITIES[name as string] : raw;
  });
}
