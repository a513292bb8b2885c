import { describe, expect, it } from "vitest";
import { decodeBytes, decodesPlainly, decodeStream, LATIN1_WARNING, sniffEncoding, type ByteCounter, type Sniffed } from "./decode";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le"));

describe("sniffEncoding", () => {
  it.each([
    ["UTF-8 BOM", bytes(0xef, 0xbb, 0xbf, 0x41), "utf-8", []],
    ["UTF-16 LE BOM", bytes(0xff, 0xfe, 0x41, 0x00), "utf-16le", []],
    ["UTF-16 BE BOM", bytes(0xfe, 0xff, 0x00, 0x41), "utf-16be", []],
    ["plain ASCII", Uint8Array.from(Buffer.from("UNCLAS LIMA 000218\n")), "utf-8", []],
    ["UTF-8 accents", Uint8Array.from(Buffer.from("Pérez ¶1.")), "utf-8", []],
    ["Latin-1 accents", Uint8Array.from(Buffer.from("Pérez", "latin1")), "windows-1252", [LATIN1_WARNING]],
    ["UTF-16 LE without BOM", utf16le("UNCLAS LIMA 000218\n"), "utf-16le", ["UTF-16 LE text without a byte order mark"]],
    ["UTF-16 BE without BOM", Uint8Array.from(Buffer.from(utf16le("UNCLAS LIMA 000218\n")).swap16()), "utf-16be", ["UTF-16 BE text without a byte order mark"]],
  ])("%s", (_, input, encoding, warnings) => {
    expect(sniffEncoding(input)).toEqual({ ok: true, encoding, warnings });
  });

  it.each([
    ["NUL bytes", bytes(0x41, 0x42, 0x00, 0x43), "binary file: NUL byte at offset 2"],
    ["control characters", Uint8Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41)), "binary file: 20 control characters in the first 200 bytes"],
  ])("rejects %s", (_, input, reason) => {
    expect(sniffEncoding(input)).toEqual({ ok: false, reason });
  });

  it("allows a UTF-8 character cut by the end of the head", () => {
    expect(sniffEncoding(Uint8Array.from(Buffer.from("Pérez")).subarray(0, 2))).toMatchObject({ encoding: "utf-8" });
  });
});

describe("decoding", () => {
  it("falls back to Windows-1252 when invalid UTF-8 comes after the head", () => {
    const text = decodeBytes(Uint8Array.from([...Buffer.from("ok "), 0x93, 0x94]), { ok: true, encoding: "utf-8", warnings: [] });
    expect(text).toEqual({ text: "ok \u201c\u201d", warnings: [LATIN1_WARNING] });
  });

  it("streams chunks, joining characters split between them, counting bytes", async () => {
    const all = Buffer.from("¶1. Pérez");
    async function* chunks() {
      for (let i = 0; i < all.length; i += 1) yield all.subarray(i, i + 1);
    }
    const counter: ByteCounter = { bytes: 0, warnings: [] };
    let text = "";
    for await (const part of decodeStream(chunks(), "utf-8", counter)) text += part;
    expect(text).toBe("¶1. Pérez");
    expect(counter).toEqual({ bytes: all.length, warnings: [] });
  });
});

describe("decodesPlainly", () => {
  const sniffed = (encoding: "utf-8" | "utf-16le" | "windows-1252"): Extract<Sniffed, { ok: true }> => ({ ok: true, encoding, warnings: [] });
  it.each([
    ["valid UTF-8 with a BOM", bytes(0xef, 0xbb, 0xbf, ...Buffer.from("Pérez")), "utf-8", true],
    ["UTF-8 cut inside a character", Uint8Array.from(Buffer.from("Pérez")).subarray(0, 2), "utf-8", false],
    ["UTF-16", utf16le("UNCLAS"), "utf-16le", true],
    ["Windows-1252", Uint8Array.from([...Buffer.from("ok "), 0x93, 0x94]), "windows-1252", false],
  ] as const)("%s", (_, input, encoding, plain) => {
    expect(decodesPlainly(input, sniffed(encoding))).toBe(plain);
    if (plain) expect(new TextDecoder(encoding).decode(input)).toBe(decodeBytes(input, sniffed(encoding)).text);
  });
});
