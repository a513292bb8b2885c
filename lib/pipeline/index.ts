/** The input pipeline wired to the core parser: what the CLIs and the ingest use. */
import { parseTelegram } from "@/lib/parser";
import { collectInputsWith, readInputsWith, type InputItem, type ReadInputsOptions } from "./read-inputs";

export { readSources, MAX_DOCUMENT_BYTES } from "./read-inputs";
export { describeProblem, describeSourceKey } from "./describe-problem";
export { isSkippedEntry } from "./walk";
export type { InputItem, ReadInputsOptions, ReadSourcesOptions, SourceItem } from "./read-inputs";
export type { ParseTelegram } from "./to-record";

/** Records and problems from files and folders (walked in sorted order), as an async iterable. */
export function readInputs(paths: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  return readInputsWith(parseTelegram, paths, options);
}

/** Every record and problem of one file, collected: a convenience for tests and small inputs. */
export function parseFile(path: string, options: ReadInputsOptions = {}): Promise<InputItem[]> {
  return collectInputsWith(parseTelegram, [path], options);
}
