import { describe, expect, it } from "vitest";
import { incompleteUtf8Tail, isUtf8Prefix, Utf8ChunkDecoder } from "./utf8";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("incompleteUtf8Tail", () => {
  it.each([
    ["ASCII", bytes(0x41, 0x42), 0],
    ["a whole two-byte character", bytes(0x41, 0xc3, 0xa9), 0],
    ["a lead byte alone", bytes(0x41, 0xc3), 1],
    ["two of three bytes", bytes(0x41, 0xe2, 0x80), 2],
    ["three of four bytes", bytes(0x41, 0xf0, 0x9f, 0x98), 3],
    ["a whole four-byte character", bytes(0xf0, 0x9f, 0x98, 0x80), 0],
    ["an overlong beginning (E0 80)", bytes(0x41, 0xe0, 0x80), 0],
    ["a surrogate beginning (ED A0)", bytes(0x41, 0xed, 0xa0), 0],
    ["past U+10FFFF (F4 90)", bytes(0x41, 0xf4, 0x90), 0],
    ["a byte no character starts with (C0)", bytes(0x41, 0xc0), 0],
    ["a stray continuation byte", bytes(0x41, 0x80), 0],
    ["nothing", bytes(), 0],
  ])("%s", (_, input, tail) => {
    expect(incompleteUtf8Tail(input)).toBe(tail);
  });
});

/** What a decoder makes of the chunks: the text, or the chunk (or "end") where it throws. */
function decodeAll(chunks: Uint8Array[], decodeChunk: (chunk: Uint8Array) => string, end: () => string): string {
  let text = "";
  for (const [i, chunk] of chunks.entries()) {
    try {
      text += decodeChunk(chunk);
    } catch {
      return `${text}!chunk ${i}`;
    }
  }
  try {
    return text + end();
  } catch {
    return `${text}!end`;
  }
}

/** Node's streaming TextDecoder, the reference. */
function streamed(chunks: Uint8Array[]): string {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return decodeAll(chunks, (chunk) => decoder.decode(chunk, { stream: true }), () => decoder.decode());
}

function chunked(chunks: Uint8Array[]): string {
  const decoder = new Utf8ChunkDecoder();
  return decodeAll(chunks, (chunk) => decoder.decode(chunk), () => decoder.end());
}

/** A small deterministic generator (mulberry32), so the cases are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("Utf8ChunkDecoder", () => {
  const text = "\ufeffUNCLAS ¶1. Pérez – “Łódź” 北京 😀 end";
  const valid = Uint8Array.from(Buffer.from(text));

  it("decodes text cut at every byte as a streaming decoder does, dropping the opening BOM", () => {
    const chunks = [...valid].map((byte) => bytes(byte));
    expect(chunked(chunks)).toBe(text.slice(1));
    expect(chunked(chunks)).toBe(streamed(chunks));
  });

  it("rejects invalid UTF-8 in the same chunk as a streaming decoder, on random cuts of damaged text", () => {
    const next = random(7);
    const bad = [0x80, 0xbf, 0xc0, 0xc3, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xff];
    for (let round = 0; round < 300; round++) {
      const data = Uint8Array.from(valid);
      if (round % 3 !== 0) data[Math.floor(next() * data.length)] = bad[Math.floor(next() * bad.length)];
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < data.length; ) {
        const size = 1 + Math.floor(next() * 6);
        chunks.push(data.subarray(at, at + size));
        at += size;
      }
      expect(chunked(chunks)).toBe(streamed(chunks));
    }
  });
});

describe("isUtf8Prefix", () => {
  it.each([
    ["valid text", Uint8Array.from(Buffer.from("Pérez")), true],
    ["a character cut at the end", Uint8Array.from(Buffer.from("Pérez")).subarray(0, 2), true],
    ["Latin-1", Uint8Array.from(Buffer.from("Pérez", "latin1")), false],
    ["an invalid beginning at the end", bytes(0x41, 0xe0, 0x80), false],
  ])("%s", (_, input, valid) => {
    expect(isUtf8Prefix(input)).toBe(valid);
  });
});
