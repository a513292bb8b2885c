/**
 * UTF-8 cut into chunks, decoded by Node's fast whole-buffer path: a streaming TextDecoder falls
 * back to ICU's converter, several times slower. Each chunk is decoded up to the last character it
 * holds whole; the bytes of a character it cuts are carried over to the next chunk.
 */
import { isUtf8 } from "node:buffer";

const BOM = "\ufeff";

/**
 * The bytes the first continuation byte may take after a lead byte (Unicode table 3-7): narrower
 * after E0, ED, F0 and F4 (no overlong forms, surrogates or code points past U+10FFFF).
 */
function firstContinuation(lead: number): [min: number, max: number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Bytes of the character a lead byte opens; 0 for a byte no character starts with. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * How many bytes at the end of `bytes` begin a character the next bytes would complete: 0 to 3.
 * Only a valid beginning counts; an invalid one is left for the decoder to reject, as a streaming
 * decoder rejects it at once.
 */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back];
    if (byte < 0x80 || byte > 0xbf) {
      const length = sequenceLength(byte);
      if (length <= back) return 0;
      if (back === 1) return 1;
      const [min, max] = firstContinuation(byte);
      const first = bytes[end - back + 1];
      return first >= min && first <= max ? back : 0; // later continuation bytes are 80-BF, as the loop found
    }
  }
  return 0;
}

/** Is `bytes` (a prefix of a file) valid UTF-8, allowing a character cut at the end? */
export function isUtf8Prefix(bytes: Uint8Array): boolean {
  return isUtf8(bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes)));
}

/** Decodes UTF-8 chunk by chunk, throwing on invalid UTF-8; a byte order mark opening the stream is dropped. */
export class Utf8ChunkDecoder {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private carried: Uint8Array | null = null;
  private atStart = true;

  /** The text of the chunk's whole characters, with those the previous chunk cut. */
  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.carried) {
      bytes = new Uint8Array(this.carried.length + chunk.length);
      bytes.set(this.carried);
      bytes.set(chunk, this.carried.length);
    }
    const whole = bytes.length - incompleteUtf8Tail(bytes);
    let text = this.decoder.decode(bytes.subarray(0, whole));
    this.carried = whole < bytes.length ? bytes.slice(whole) : null;
    if (this.atStart && text !== "") {
      this.atStart = false;
      if (text.startsWith(BOM)) text = text.slice(BOM.length);
    }
    return text;
  }

  /** The end of the stream: nothing more to decode, or a TypeError when it ends inside a character. */
  end(): string {
    if (this.carried) throw new TypeError("the data ends inside a UTF-8 character");
    return "";
  }
}
