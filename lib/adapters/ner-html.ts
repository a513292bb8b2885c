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

const PRE_BLOCK_START = "<code><pre>";
const PRE_BLOCK_END = "</pre></code>";

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

function preBlockContent(html: string): { content: string; complete: boolean } {
  const start = html.indexOf(PRE_BLOCK_START);
  const from = start < 0 ? 0 : start + PRE_BLOCK_START.length;
  const end = html.indexOf(PRE_BLOCK_END, from);
  return { content: html.slice(from, end < 0 ? html.length : end), complete: start >= 0 && end >= 0 };
}

export const adaptNerHtml: DocumentAdapter = (html, path) => {
  const warnings: string[] = [];
  const block = preBlockContent(html);
  if (!block.complete) warnings.push("NER dump without its closing </pre></code>: the cable may be truncated");
  // Tags first: an annotation never spans a tag, and entities decode to "[" only after.
  const annotated = stripMarkupTags(block.content);
  const { text, entities } = removeEntityAnnotations(annotated);
  return [{ ok: true, value: buildSource({ format: "ner-html", path, text: decodeHtmlEntities(text), entities, warnings }) }];
};
