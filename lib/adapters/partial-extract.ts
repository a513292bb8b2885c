/**
 * Partial extract (seed 003): the release's partial-extract notice, then whatever telegram text
 * survives (no routing header), possibly with markdown residue.
 */
import type { DocumentAdapter } from "./types";
import { buildSource } from "./metadata";
import { stripMarkdownResidue } from "./markup/markdown-residue";

export const adaptPartialExtract: DocumentAdapter = (text, path) => [
  { ok: true, value: buildSource({ format: "partial-extract", path, text: stripMarkdownResidue(text), partial: true }) },
];
