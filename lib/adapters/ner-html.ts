/**
 * NER-annotated HTML dump (seed 002): the telegram in a <code><pre> block, named entities marked
 * "[PER Evo Morales  ]", tags and paragraph marks as <a> links, HTML entities encoded. The dump's
 * tokenisation ("1 .", "( C )") is the parser's business; only markup is removed here.
 */
import type { Entity } from "@/lib/record/schema";
import type { DocumentAdapter } from "./types";
import { buildSource } from "./metadata";
import { decodeHtmlEntities } from "./markup/html-entities";
import { stripMarkupTags } from "./markup/html-tags";
import { findPreBlocks, PRE_END, type PreBlock } from "./pre-blocks";

/** "[PER Evo Morales  ]": type, text, the tagger's trailing padding. */
const ANNOTATION = /\[(PER|LOC|ORG|MISC) ([^\[\]\n]*?) *\]/g;

/**
 * Telegram keywords the tagger took for names ("[LOC DECL:  ]", "[MISC Summary: Although  ]"):
 * the words stay in the text but are not entities.
 */
const MISTAGGED_KEYWORDS = ["CLASSIFIED BY", "COMMENT", "DECL", "E.O.", "REASON", "REF", "SUBJECT", "SUMMARY", "TAGS"];
const MISTAGGED = new RegExp(`^(?:${MISTAGGED_KEYWORDS.map((k) => k.replace(/\./g, "\\.")).join("|")}):`, "i");

/** Sentence punctuation the tagger swallowed into a name ("[LOC Lima.  ]"). */
const TRAILING_PUNCTUATION = /[.,;:]+$/;

type EntityType = Entity["type"];

function removeEntityAnnotations(text: string): { text: string; entities: Entity[] } {
  const counts = new Map<string, Entity>();
  const plain = text.replace(ANNOTATION, (_, type: EntityType, name: string) => {
    const entityText = name.replace(TRAILING_PUNCTUATION, "");
    if (entityText.length > 0 && !MISTAGGED.test(name)) {
      const key = `${type}\u0000${entityText}`;
      const seen = counts.get(key);
      if (seen) seen.count += 1;
      else counts.set(key, { type, text: entityText, count: 1 });
    }
    return name;
  });
  return { text: plain, entities: [...counts.values()] };
}

/** The dump's block; a dump without one (detected by its annotations) is read whole, up to a stray closing tag. */
function preBlock(html: string): PreBlock {
  const [first] = findPreBlocks(html);
  if (first) return first;
  const strayEnd = html.indexOf(PRE_END);
  return { content: strayEnd < 0 ? html : html.slice(0, strayEnd), closed: false };
}

export const adaptNerHtml: DocumentAdapter = (html, path) => {
  const warnings: string[] = [];
  const block = preBlock(html);
  if (!block.closed) warnings.push("NER dump without its closing </pre></code>: the cable may be truncated");
  // Tags first: an annotation never spans a tag, and entities decode to "[" only after.
  const annotated = stripMarkupTags(block.content);
  const { text, entities } = removeEntityAnnotations(annotated);
  return [{ ok: true, value: buildSource({ format: "ner-html", path, text: decodeHtmlEntities(text), entities, warnings }) }];
};
