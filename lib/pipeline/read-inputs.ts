/**
 * Files and folders in, records and problems out, as an async iterable. Every file ends as
 * records or as a problem with its reason (file, row, what was wrong); the batch always goes on.
 * cables.csv files are streamed (memory flat in file size); other formats are read whole.
 */
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { DOCUMENT_ADAPTERS, DETECTION_HEAD_CHARS, detectFormat, isStreamedFormat, readCablesCsv } from "@/lib/adapters";
import type { AdapterResult, SourceProblem, TelegramSource } from "@/lib/adapters/types";
import { SOURCE_FORMATS, type CableRecord, type SourceFormat } from "@/lib/record/schema";
import { decodeBytes, decodesPlainly, decodeStream, sniffEncoding, type ByteCounter, type Sniffed } from "./decode";
import { toRecord, type ParseTelegram } from "./to-record";
import { describeFsError, walkInputs, type InputFile, type WalkItem } from "./walk";

export type InputItem =
  | { kind: "record"; record: CableRecord; bytes: number }
  | { kind: "problem"; problem: SourceProblem; bytes: number };

/** What the adapters yield before parsing; `bytes` is the input this item accounts for. */
export type SourceItem =
  | { kind: "source"; source: TelegramSource; bytes: number }
  | { kind: "problem"; problem: SourceProblem; bytes: number };

export interface ReadSourcesOptions {
  /** Called once, before the first item, with what the walk found: for "bytes done / total". */
  onTotal?: (total: { files: number; bytes: number }) => void;
}

export interface ReadInputsOptions extends ReadSourcesOptions {
  /** Let the parser use the metadata a format states (default true); false parses the text alone. */
  useMetadata?: boolean;
}

/** Single-cable formats are read whole; past this size a file is no single cable. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/**
 * Read size for streamed files. Small enough that the decoded chunks and the csv reader's buffer
 * stay in V8's young generation: with 1 MB reads every chunk was a large object, old-space
 * collections ran twice a pass and the pipeline parsed a quarter slower.
 */
const STREAM_CHUNK_BYTES = 64 * 1024;

type Ok<T> = Extract<T, { ok: true }>;

function problemItem(path: string, reason: string, bytes: number, row?: number): SourceItem {
  const problem: SourceProblem = row === undefined ? { path, reason } : { path, row, reason };
  return { kind: "problem", problem, bytes };
}

function describeFormats(): string {
  return SOURCE_FORMATS.join(", ");
}

/** Bytes read to sniff the encoding and detect the format: enough for DETECTION_HEAD_CHARS even in UTF-16. */
const HEAD_BYTES = 2 * DETECTION_HEAD_CHARS;

/**
 * The first HEAD_BYTES of a file. Read synchronously: for the many small files of a folder, three
 * thread-pool round trips (open, read, close) cost more than the read itself.
 */
function readHead(path: string, size: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const head = new Uint8Array(Math.min(size, HEAD_BYTES));
    const bytesRead = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

/** An adapter result as an item; what was found about the whole file (its encoding) is said on each of its cables. */
function sourceItem(result: AdapterResult, fileWarnings: readonly string[], bytes: number): SourceItem {
  if (!result.ok) return { kind: "problem", problem: result.problem, bytes };
  if (fileWarnings.length > 0) result.value.warnings.unshift(...fileWarnings);
  return { kind: "source", source: result.value, bytes };
}

async function* readStreamed(file: InputFile, sniffed: Ok<Sniffed>): AsyncGenerator<SourceItem> {
  const counter: ByteCounter = { bytes: 0, warnings: [...sniffed.warnings] };
  let reported = 0;
  const bytesFor = (): number => {
    const bytes = counter.bytes - reported;
    reported = counter.bytes;
    return bytes;
  };
  // One item is held back so the last can carry the bytes read after it: the byte counts of a file sum to its size.
  let pending: SourceItem | undefined;
  const stream = createReadStream(file.path, { highWaterMark: STREAM_CHUNK_BYTES });
  try {
    for await (const result of readCablesCsv(decodeStream(stream, sniffed.encoding, counter), file.path)) {
      const item = sourceItem(result, counter.warnings, bytesFor());
      if (pending) yield pending;
      pending = item;
    }
  } catch (error) {
    if (pending) yield pending;
    pending = problemItem(file.path, `reading stopped after ${counter.bytes} bytes: ${describeFsError(error)}`, 0);
  } finally {
    stream.destroy();
  }
  if (pending) {
    pending.bytes += file.size - reported;
    yield pending;
  }
}

async function* readDocument(
  file: InputFile,
  format: Exclude<SourceFormat, "cables-csv">,
  sniffed: Ok<Sniffed>,
  head: Uint8Array,
  headText: string,
): AsyncGenerator<SourceItem> {
  if (file.size > MAX_DOCUMENT_BYTES) {
    yield problemItem(file.path, `${format} file of ${file.size} bytes is too large for one cable (limit ${MAX_DOCUMENT_BYTES}); only cables.csv is streamed`, file.size);
    return;
  }
  // Most single-cable files fit in the head already read, and decoded (when that decoding is the file's).
  const whole = head.length === file.size;
  const bytes = whole ? head : await readFile(file.path);
  const { text, warnings } = whole && decodesPlainly(head, sniffed) ? { text: headText, warnings: sniffed.warnings } : decodeBytes(bytes, sniffed);
  let unreported = file.size;
  const bytesFor = (): number => {
    const share = unreported;
    unreported = 0;
    return share;
  };
  let results: AdapterResult[];
  try {
    results = DOCUMENT_ADAPTERS[format](text, file.path);
  } catch (error) {
    yield problemItem(file.path, `the ${format} reader failed: ${error instanceof Error ? error.message : String(error)}`, file.size);
    return;
  }
  for (const result of results) yield sourceItem(result, warnings, bytesFor());
}

async function* readInputFile(file: InputFile): AsyncGenerator<SourceItem> {
  if (file.size === 0) {
    yield problemItem(file.path, "empty file", 0);
    return;
  }
  let head: Uint8Array;
  try {
    head = readHead(file.path, file.size);
  } catch (error) {
    yield problemItem(file.path, `cannot be read: ${describeFsError(error)}`, file.size);
    return;
  }
  const sniffed = sniffEncoding(head);
  if (!sniffed.ok) {
    yield problemItem(file.path, sniffed.reason, file.size);
    return;
  }
  const headText = new TextDecoder(sniffed.encoding).decode(head);
  if (headText.trim() === "" && head.length === file.size) {
    yield problemItem(file.path, "file holds only blank space", file.size);
    return;
  }
  const format = detectFormat(headText);
  if (format === undefined) {
    const kb = Math.round(head.length / 1024);
    yield problemItem(file.path, `no cable found: the first ${kb} KB match none of the known formats (${describeFormats()})`, file.size);
    return;
  }
  try {
    if (isStreamedFormat(format)) yield* readStreamed(file, sniffed);
    else yield* readDocument(file, format, sniffed, head, headText);
  } catch (error) {
    // Only reading the whole of a document can fail here, before any of its items.
    yield problemItem(file.path, `cannot be read: ${describeFsError(error)}`, file.size);
  }
}

/** TelegramSources and problems from files and folders, before parsing. */
export async function* readSources(paths: readonly string[], options: ReadSourcesOptions = {}): AsyncGenerator<SourceItem> {
  const walked: WalkItem[] = [];
  for await (const item of walkInputs(paths)) walked.push(item);
  const files = walked.flatMap((item) => (item.kind === "file" ? [item.file] : []));
  options.onTotal?.({ files: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) });
  for (const item of walked) {
    if (item.kind === "problem") yield { kind: "problem", problem: item.problem, bytes: 0 };
    else yield* readInputFile(item.file);
  }
}

/** Records and problems from files and folders, with the parser given (tests pass a stand-in). */
export async function* readInputsWith(parse: ParseTelegram, paths: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  const useMetadata = options.useMetadata ?? true;
  for await (const item of readSources(paths, options)) {
    if (item.kind === "problem") {
      yield item;
      continue;
    }
    const result = toRecord(parse, item.source, useMetadata);
    yield result.kind === "record" ? { kind: "record", record: result.record, bytes: item.bytes } : { kind: "problem", problem: result.problem, bytes: item.bytes };
  }
}

/** Every record and problem under the given paths, collected (tests and small inputs). */
export async function collectInputsWith(parse: ParseTelegram, paths: readonly string[], options: ReadInputsOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputsWith(parse, paths, options)) items.push(item);
  return items;
}
