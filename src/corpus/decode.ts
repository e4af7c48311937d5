// Bytes to text, refusing what is not an article: empty, binary (NUL bytes), not UTF-8, too large.
// Every refusal is an ArticleSkipped with a human-readable reason.
import { isUtf8 } from "node:buffer";
import { ArticleSkipped } from "./errors.js";

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}

export function tooLargeReason(size: number, maxBytes: number): string {
  return `too large: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit (raise maxBytes to load it)`;
}

/** The reason a file's bytes cannot be an article, or null when they can. */
export function rejectBytes(bytes: Uint8Array, maxBytes: number): string | null {
  if (bytes.length > maxBytes) return tooLargeReason(bytes.length, maxBytes);
  if (bytes.length === 0) return "empty file";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return "not UTF-8 (UTF-16 text): save it as UTF-8";
  if (bytes.indexOf(0) !== -1) return "binary file (contains NUL bytes), not text";
  return null;
}

/** Decodes UTF-8 strictly, drops a BOM, normalises line ends to "\n". Throws ArticleSkipped. */
export function decodeText(file: string, bytes: Uint8Array, maxBytes: number): string {
  const rejected = rejectBytes(bytes, maxBytes);
  if (rejected) throw new ArticleSkipped(file, rejected);
  // isUtf8 validates exactly what a fatal TextDecoder accepts, and Buffer#toString then decodes without a second
  // validation; the BOM a TextDecoder drops is dropped here by skipping its three bytes
  if (!isUtf8(bytes)) throw new ArticleSkipped(file, "not valid UTF-8 text: convert it to UTF-8");
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.length - bom).toString("utf8");
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  text = text.normalize("NFC"); // "é" as one character, whatever the page used: names and spans compare as written
  if (text.trim() === "") throw new ArticleSkipped(file, "empty file (only whitespace)");
  return text;
}

const NEEDS_COLLAPSE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\u2060\ufeff\u00ad]| {2}/;

/** One line of text with its inner whitespace collapsed (NBSP, tabs, zero-width characters). */
export function collapseSpaces(s: string): string {
  if (!NEEDS_COLLAPSE.test(s)) return s.trim();
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .trim();
}

/** Bidirectional controls (embeddings, overrides, isolates, marks): in an answer they reverse the text that
 * follows them ("U+202E" makes "gnp.exe" read "exe.png"), so nothing taken from an article keeps them. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** `s` without bidirectional controls. */
export function stripBidi(s: string): string {
  BIDI_CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(s) ? s.replace(BIDI_CONTROLS, "") : s;
}
