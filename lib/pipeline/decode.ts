/**
 * Bytes to text. UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM are read as such; text
 * that is not valid UTF-8 is read as Windows-1252 (a superset of Latin-1) with a warning; NUL
 * bytes and other control characters mean a binary file, rejected with its reason.
 */
import { isUtf8 } from "node:buffer";
import { isUtf8Prefix, Utf8ChunkDecoder } from "./utf8";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type Sniffed = { ok: true; encoding: TextEncoding; warnings: string[] } | { ok: false; reason: string };

/** Bytes examined for NULs and control characters (git looks at 8,000). */
const SNIFF_BYTES = 8 * 1024;
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of NUL bytes in alternate positions that marks BOM-less UTF-16 (of mostly ASCII text). */
const UTF16_NUL_SHARE = 0.9;
/** Fewer bytes than this say too little to call a file BOM-less UTF-16. */
const UTF16_MIN_SAMPLE = 16;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** C0 controls other than tab, line feed, form feed, carriage return and escape. */
function isBinaryControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

function nulShares(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const half = Math.max(1, bytes.length / 2);
  return { even: even / half, odd: odd / half };
}

/** Chooses the encoding from the first bytes of a file, or rejects it as binary. */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (startsWith(head, UTF8_BOM)) return { ok: true, encoding: "utf-8", warnings: [] };
  if (startsWith(head, UTF16LE_BOM)) return { ok: true, encoding: "utf-16le", warnings: [] };
  if (startsWith(head, UTF16BE_BOM)) return { ok: true, encoding: "utf-16be", warnings: [] };
  const sample = head.subarray(0, SNIFF_BYTES);
  const firstNul = sample.indexOf(0);
  if (firstNul >= 0) {
    const nuls = sample.length >= UTF16_MIN_SAMPLE ? nulShares(sample) : { even: 0, odd: 0 };
    if (nuls.odd > UTF16_NUL_SHARE && nuls.even === 0) return { ok: true, encoding: "utf-16le", warnings: ["UTF-16 LE text without a byte order mark"] };
    if (nuls.even > UTF16_NUL_SHARE && nuls.odd === 0) return { ok: true, encoding: "utf-16be", warnings: ["UTF-16 BE text without a byte order mark"] };
    return { ok: false, reason: `binary file: NUL byte at offset ${firstNul}` };
  }
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (isBinaryControl(sample[i])) controls += 1;
  }
  if (controls > sample.length * MAX_CONTROL_SHARE) {
    return { ok: false, reason: `binary file: ${controls} control characters in the first ${sample.length} bytes` };
  }
  if (!isUtf8Prefix(head)) return { ok: true, encoding: "windows-1252", warnings: [LATIN1_WARNING] };
  return { ok: true, encoding: "utf-8", warnings: [] };
}

export const LATIN1_WARNING = "text is not valid UTF-8: read as Latin-1 (Windows-1252)";

/**
 * What Windows-1252 puts at 0x80-0x9F, where Latin-1 has C1 controls (Node's TextDecoder gives
 * Latin-1 for the "windows-1252" label). Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
 */
const WINDOWS_1252_HIGH = String.fromCharCode(
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
);
const C1_CONTROL = /[\u0080-\u009f]/g;
const HAS_C1_CONTROL = /[\u0080-\u009f]/;

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder("latin1").decode(bytes);
  return HAS_C1_CONTROL.test(latin1) ? latin1.replace(C1_CONTROL, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]) : latin1;
}

function decoderFor(encoding: TextEncoding): (bytes: Uint8Array, stream: boolean) => string {
  if (encoding === "windows-1252") return (bytes) => decodeWindows1252(bytes); // one byte a character: no state between chunks
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  return (bytes, stream) => decoder.decode(bytes, { stream });
}

/**
 * Whether a plain TextDecoder of the sniffed encoding (which replaces what it cannot read) gives
 * what decodeBytes gives for these whole-file bytes: UTF-8 valid to its end, or UTF-16.
 */
export function decodesPlainly(bytes: Uint8Array, sniffed: Extract<Sniffed, { ok: true }>): boolean {
  if (sniffed.encoding === "utf-8") return isUtf8(bytes);
  return sniffed.encoding !== "windows-1252";
}

/** Decodes a whole file; UTF-8 that turns out invalid past the sniffed head falls back to Windows-1252. */
export function decodeBytes(bytes: Uint8Array, sniffed: Extract<Sniffed, { ok: true }>): { text: string; warnings: string[] } {
  try {
    return { text: decoderFor(sniffed.encoding)(bytes, false), warnings: sniffed.warnings };
  } catch {
    return { text: decodeWindows1252(bytes), warnings: [...sniffed.warnings, LATIN1_WARNING] };
  }
}

/** Counts bytes as they are decoded, for progress. */
export interface ByteCounter {
  bytes: number;
  /** Warnings met while decoding, for the next record to carry. */
  warnings: string[];
}

/** Decodes a stream chunk by chunk; `end` flushes what the last chunk left (and throws when it cut a character). */
interface ChunkDecoder {
  decode(chunk: Uint8Array): string;
  end(): string;
}

function chunkDecoderFor(encoding: TextEncoding): ChunkDecoder {
  if (encoding === "utf-8") return new Utf8ChunkDecoder();
  const decode = decoderFor(encoding);
  return { decode: (chunk) => decode(chunk, true), end: () => decode(new Uint8Array(0), false) };
}

/**
 * Decodes a byte stream chunk by chunk. Invalid UTF-8 met after the head switches the rest of the
 * stream to Windows-1252 and leaves a warning in the counter.
 */
export async function* decodeStream(
  bytes: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
  counter: ByteCounter,
): AsyncGenerator<string> {
  let decoder = chunkDecoderFor(encoding);
  for await (const chunk of bytes) {
    counter.bytes += chunk.length;
    let text: string;
    try {
      text = decoder.decode(chunk);
    } catch {
      decoder = chunkDecoderFor("windows-1252");
      counter.warnings.push(`${LATIN1_WARNING} from byte ${counter.bytes - chunk.length} on`);
      text = decoder.decode(chunk);
    }
    yield text;
  }
  let rest: string;
  try {
    rest = decoder.end();
  } catch {
    rest = "\ufffd";
    counter.warnings.push("file ends inside a UTF-8 character");
  }
  if (rest) yield rest;
}
