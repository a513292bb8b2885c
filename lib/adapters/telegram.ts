/** Raw telegram (seed 001), with or without markdown residue; no metadata outside the text. */
import type { DocumentAdapter } from "./types";
import { buildSource } from "./metadata";
import { stripMarkdownResidue } from "./markup/markdown-residue";

export const adaptTelegram: DocumentAdapter = (text, path) => [
  { ok: true, value: buildSource({ format: "telegram", path, text: stripMarkdownResidue(text) }) },
];
