// Markdown with YAML front matter (`title`, `source`, `url`, `published`, `byline`). The body becomes text
// blocks: paragraphs (soft-wrapped lines joined), headings apart, list items one each, inline markup removed.
import { createRequire } from "node:module";
import type { parse as ParseYaml } from "yaml";
import type { Block } from "../chrome.js";
import { ArticleSkipped } from "../errors.js";
import { readMetaFields, type MetaFields } from "../metafields.js";

const require = createRequire(import.meta.url);
let yamlParse: typeof ParseYaml | undefined;
/** The YAML parser, loaded on the first front matter: a command answered from the cache never needs it. */
function parseYaml(text: string, options: { prettyErrors: boolean }): unknown {
  yamlParse ??= (require("yaml") as { parse: typeof ParseYaml }).parse;
  return yamlParse(text, options);
}

export interface MarkdownDoc {
  meta: MetaFields;
  blocks: Block[];
}

const FENCE_OPEN = /^(?:---|\+\+\+)[ \t]*$/;

const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_]*):[ ]+(\S(?:.*\S)?)[ ]*$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;
// a plain value YAML reads as something other than text (null, a boolean, a number), starts with an indicator,
// or holds a comment or a nested mapping: left to the YAML parser
const PLAIN_NOT_TEXT = /^(?:[-+.~0-9?:,[\]{}#&*!|>'"%@`]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)|: | #|:$|\t/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The common front matter, one `key: text` per line (a plain, "double" or 'single' quoted value without
 * escapes), read without the YAML parser; null for anything else, which the YAML parser then reads. Gives what
 * the YAML parser gives for these lines (a plain ISO day stays text under the YAML 1.2 core schema). */
export function simpleFrontMatter(yamlText: string): Record<string, string> | null {
  if (yamlText === "" || yamlText.includes("\r")) return null;
  const out: Record<string, string> = {};
  for (const line of yamlText.split("\n")) {
    const m = SIMPLE_LINE.exec(line);
    if (!m) return null;
    const key = m[1]!;
    const raw = m[2]!;
    if (key === "__proto__" || Object.hasOwn(out, key)) return null; // duplicate keys are a YAML error
    const q = DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw);
    if (q) out[key] = q[1]!;
    else if (ISO_DAY.test(raw) || !PLAIN_NOT_TEXT.test(raw)) out[key] = raw;
    else return null;
  }
  return out;
}

/** Splits off and parses the front matter. Throws ArticleSkipped when it is broken. */
export function splitFrontMatter(file: string, text: string): { meta: MetaFields; body: string } {
  const firstEnd = text.indexOf("\n");
  const firstLine = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (!FENCE_OPEN.test(firstLine)) return { meta: {}, body: text };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g;
  close.lastIndex = firstEnd < 0 ? text.length : firstEnd;
  const m = firstEnd < 0 ? null : close.exec(text);
  if (!m) throw new ArticleSkipped(file, "broken front matter: the opening --- line has no closing --- line");
  const yamlText = text.slice(firstEnd + 1, m.index);
  let data: unknown = simpleFrontMatter(yamlText);
  if (data === null)
    try {
      data = parseYaml(yamlText, { prettyErrors: false });
    } catch (e) {
      const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0];
      throw new ArticleSkipped(file, `broken front matter: ${msg}`);
    }
  if (data === null || data === undefined) return { meta: {}, body: text.slice(m.index + m[0].length) };
  if (typeof data !== "object" || Array.isArray(data))
    throw new ArticleSkipped(file, "broken front matter: expected `key: value` lines (title, source, url, published, byline)");
  return { meta: readMetaFields(data as Record<string, unknown>).fields, body: text.slice(m.index + m[0].length) };
}

/** Inline Markdown to plain text. */
export function stripInline(s: string): string {
  if (!/[*_`[\]<\\!]/.test(s)) return s;
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const REF_DEF = /^\s{0,3}\[[^\]]+\]:\s+\S+/;
const CODE_FENCE = /^\s{0,3}(?:```|~~~)/;

export function markdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ lines: current, kind: "text" });
    current = [];
  };
  const lines = body.split("\n");
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (CODE_FENCE.test(raw)) {
      flush();
      inCode = !inCode;
      continue;
    }
    if (inCode || REF_DEF.test(raw)) continue;
    if (raw.trim() === "") {
      flush();
      continue;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      flush();
      const text = stripInline(heading[2]!);
      if (text) blocks.push({ lines: [text], kind: "heading" });
      continue;
    }
    const next = lines[i + 1];
    if (current.length === 0 && next !== undefined && SETEXT.test(next) && !RULE.test(raw)) {
      blocks.push({ lines: [stripInline(raw.trim())], kind: "heading" });
      i++;
      continue;
    }
    if (RULE.test(raw)) {
      flush();
      continue;
    }
    const line = raw.replace(/^\s{0,3}(?:>\s?)+/, "");
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      current.push("- " + stripInline(item[1]!));
      continue;
    }
    const text = stripInline(line);
    if (text.trim()) current.push(text);
    else if (current.length === 0) continue;
  }
  flush();
  return blocks;
}

export function parseMarkdown(file: string, text: string): MarkdownDoc {
  const { meta, body } = splitFrontMatter(file, text);
  return { meta, blocks: markdownBlocks(body) };
}
