// decodeText validates with buffer.isUtf8 and decodes with Buffer#toString: it must accept, refuse and decode
// exactly as a fatal TextDecoder (BOM dropped) would.
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/corpus/decode.js";

const td = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function viaTextDecoder(bytes: Uint8Array): string | "SKIP" {
  try {
    const t = td.decode(bytes).replace(/\r\n?/g, "\n").normalize("NFC");
    return t.trim() === "" ? "SKIP" : t;
  } catch {
    return "SKIP";
  }
}

function viaDecodeText(bytes: Uint8Array): string | "SKIP" {
  try {
    return decodeText("x.txt", bytes, 1 << 20);
  } catch {
    return "SKIP";
  }
}

const CASES: [string, number[]][] = [
  ["BOM then text", [0xef, 0xbb, 0xbf, 0x61]],
  ["two BOMs: only the first is dropped", [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]],
  ["BOM bytes later on", [0x61, 0xef, 0xbb, 0xbf]],
  ["encoded surrogate", [0x61, 0xed, 0xa0, 0x80]],
  ["overlong slash", [0x61, 0xc0, 0xaf]],
  ["above U+10FFFF", [0x61, 0xf4, 0x90, 0x80, 0x80]],
  ["truncated sequence", [0x61, 0xe2, 0x80]],
  ["curly quote", [0xe2, 0x80, 0x9c, 0x61]],
  ["emoji", [0x61, 0xf0, 0x9f, 0x98, 0x80]],
  ["CRLF", [0x61, 0x0d, 0x0a, 0x62]],
  ["e + combining acute", [0x65, 0xcc, 0x81]],
];

describe("decodeText agrees with a fatal TextDecoder", () => {
  it.each(CASES)("%s", (_name, bytes) => {
    const u = new Uint8Array(bytes);
    expect(viaDecodeText(u)).toBe(viaTextDecoder(u));
    // a view into a larger buffer (as pooled Buffers are)
    const view = Buffer.from([0x20, 0x20, ...bytes, 0x20]).subarray(2, 2 + bytes.length);
    expect(viaDecodeText(view)).toBe(viaTextDecoder(u));
  });
});
