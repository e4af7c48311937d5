// Page chrome removal: from the text blocks of a page to the story's paragraphs, plus what the chrome tells
// about the article (title, byline and role, source, the page's date, a "Published …" date, the dateline).
//
// General rules, in order: (1) line labels and patterns (weather, date banners, breadcrumbs, ads, share and
// follow lines, bylines, credits, list and comment markers); (2) the author box; (3) comment sections and
// lists of other stories; (4) lines grouped into paragraphs; (5) the header (everything above the first line
// of prose: title candidates, a lone city, section names); (6) sub-headings, captions and repeated headlines
// between paragraphs, labels after the last one; (7) the dateline and inline captions in the paragraphs.
// A line ending with a full stop is story text unless it is the bio line of an author box.
import { authorBoxAt } from "./authorbox.js";
import { removeInlineCaptions, removeInlineLabels } from "./captions.js";
import {
  isBreadcrumb,
  isCreditLine,
  isCreditTail,
  isPrefixChrome,
  parseBylineSuffix,
  isWeather,
  labelKind,
  parseBylineLine,
  parseFollow,
} from "./chrome-rules.js";
import { collapseSpaces } from "./decode.js";
import { isUpdatedLine, parseDateBanner, parseDateline, parsePublishedLine, parsePublishedPrefix, type Dateline } from "./dates.js";
import { isBareName, isListItem, isProse, isTitleCase, startsWithQuote, wordCount } from "./words.js";

export type BlockKind = "text" | "heading" | "caption";

/** A run of lines the page keeps together (a paragraph of a .txt file, an HTML element). */
export interface Block {
  lines: string[];
  kind: BlockKind;
}

export interface CleanOptions {
  /** Join the lines of a block into one paragraph (Markdown, HTML, hard-wrapped text). Default: detect. */
  joinLines?: boolean;
  /** A title known from metadata: lines repeating it are dropped. */
  knownTitle?: string | null;
}

export interface CleanResult {
  paragraphs: string[];
  title: string | null;
  byline: string | null;
  bylineRole: string | null;
  /** The outlet named by chrome ("Follow X on", a byline's outlet, the author's bio), or null. */
  source: string | null;
  /** First date banner, ISO day. */
  pageDate: string | null;
  /** From a "Published …" line, ISO day. */
  publishedLine: string | null;
  dateline: Dateline | null;
}

type Role = "keep" | "drop" | "list-marker" | "comment-marker";

interface Item {
  text: string;
  block: number;
  kind: BlockKind;
  role: Role;
}

interface Unit {
  text: string;
  kind: BlockKind;
  prose: boolean;
}

const MAX_HEADING_WORDS = 14;
const PUBLISHED_LABEL = /^(?:(?:first )?published|posted|publication date|date published)(?: on)?:?$/i;

/** Whether a .txt file's blocks are hard-wrapped prose (lines cut mid-sentence) rather than one line per
 * paragraph or label. */
export function looksHardWrapped(blocks: readonly Block[]): boolean {
  let inner = 0;
  let wrapped = 0;
  for (const b of blocks) {
    for (let i = 0; i + 1 < b.lines.length; i++) {
      inner++;
      const line = b.lines[i]!;
      if (line.length >= 30 && !isProse(line)) wrapped++;
    }
  }
  return wrapped >= 3 && wrapped / inner >= 0.5;
}

export function cleanBlocks(blocks: readonly Block[], opts: CleanOptions = {}): CleanResult {
  const out: CleanResult = {
    paragraphs: [],
    title: null,
    byline: null,
    bylineRole: null,
    source: null,
    pageDate: null,
    publishedLine: null,
    dateline: null,
  };
  let followSource: string | null = null;
  let bylineOutlet: string | null = null;
  let bioOutlet: string | null = null;
  const breadcrumbs: string[] = [];

  // (1) line rules
  const items: Item[] = [];
  let afterPublishedLabel = false; // "Published" alone on a line, its date on the next
  blocks.forEach((b, bi) => {
    for (const raw of b.lines) {
      const text = collapseSpaces(raw);
      if (!text) continue;
      const role = lineRole(text);
      afterPublishedLabel = PUBLISHED_LABEL.test(text);
      items.push({ text, block: bi, kind: b.kind, role: afterPublishedLabel ? "drop" : role });
    }
  });

  function lineRole(text: string): Role {
    if (text.length > 300) return "keep"; // no chrome rule matches a line this long
    if (afterPublishedLabel) {
      const day = parseDateBanner(text);
      if (day) {
        out.publishedLine ??= day;
        return "drop";
      }
    }
    const label = labelKind(text);
    if (label === "label") return "drop";
    if (label === "comment-marker" || label === "list-marker") return label;
    if (isWeather(text) || isPrefixChrome(text) || isCreditLine(text) || isUpdatedLine(text)) return "drop";
    const banner = parseDateBanner(text);
    if (banner) {
      out.pageDate ??= banner;
      return "drop";
    }
    const published = parsePublishedLine(text);
    if (published) {
      out.publishedLine ??= published;
      return "drop";
    }
    if (isBreadcrumb(text)) {
      breadcrumbs.push(text);
      return "drop";
    }
    const follow = parseFollow(text);
    if (follow !== null) {
      if (follow) followSource ??= follow;
      return "drop";
    }
    const by = parseBylineLine(text);
    if (by) {
      out.byline ??= by.byline;
      if (by.rest && !/\d/.test(by.rest)) bylineOutlet ??= by.rest;
      if (by.date) out.publishedLine ??= by.date; // the date printed with the byline is the publication date
      return "drop";
    }
    return "keep";
  }

  // (2) author box, over the lines still kept
  const kept = items.filter((it) => it.role === "keep");
  const keptText = kept.map((it) => it.text);
  const firstKeptProse = keptText.findIndex((t) => isProse(t));
  for (let i = 0; i < kept.length; i++) {
    const box = authorBoxAt(keptText, i);
    if (!box) continue;
    // a repeated name alone is an author box only after the story has started
    if (box.role === null && box.end === box.start + 1 && !(firstKeptProse >= 0 && firstKeptProse < i)) continue;
    for (let k = box.start; k <= box.end; k++) kept[k]!.role = "drop";
    out.byline ??= box.name;
    if (out.byline === box.name) out.bylineRole ??= box.role;
    bioOutlet ??= box.outlet;
    i = box.end;
  }

  // (3) comment sections and lists of other stories
  let live = items.filter((it) => it.role !== "drop");
  const firstProse = live.findIndex((it) => it.role === "keep" && isProse(it.text));
  const cut = live.findIndex((it, i) => it.role === "comment-marker" && firstProse >= 0 && i > firstProse);
  if (cut >= 0) live = live.slice(0, cut);
  const listed: Item[] = [];
  let inList = false;
  let storySeen = false;
  for (const it of live) {
    if (it.role === "list-marker" || it.role === "comment-marker") {
      // in the header a list marker goes alone: what follows may be the headline
      inList = it.role === "list-marker" && storySeen;
      continue;
    }
    if (!storySeen && isProse(it.text)) storySeen = true;
    if (inList && (!isProse(it.text) || isShortQuestion(it.text))) continue;
    inList = false;
    listed.push(it);
  }

  // (4) paragraphs
  const wrapped = opts.joinLines === undefined && looksHardWrapped(blocks);
  const join = opts.joinLines ?? wrapped;
  const units: Unit[] = [];
  for (let i = 0; i < listed.length; i++) {
    const it = listed[i]!;
    let text = it.text;
    if (join && !(wrapped && isHeadingAboveWrappedLines(listed, i))) {
      while (i + 1 < listed.length && listed[i + 1]!.block === it.block) text += " " + listed[++i]!.text;
    }
    units.push({ text, kind: it.kind, prose: it.kind === "text" && isProse(text) });
  }

  // (5) header and title
  let storyStart = units.findIndex((u) => u.prose);
  // a headline that ends in "?" or "!" ("Mali: What Next for the Junta?") reads as prose: it is still header
  const lead = units[storyStart];
  if (
    lead &&
    /[?!]$/.test(lead.text) &&
    wordCount(lead.text) <= MAX_HEADING_WORDS &&
    isTitleCase(lead.text) &&
    !startsWithQuote(lead.text) &&
    units.slice(storyStart + 1).some((u) => u.prose)
  ) {
    lead.prose = false;
    storyStart = units.findIndex((u) => u.prose);
  }
  if (storyStart < 0) {
    // No line reads as prose: keep every unit that is not a label rather than lose the text.
    out.paragraphs = units.filter((u) => u.kind !== "caption").map((u) => u.text);
    out.title = opts.knownTitle ?? null;
  } else {
    const header = units
      .slice(0, storyStart)
      .filter((u) => u.kind !== "caption")
      .map((u) => u.text);
    out.title =
      opts.knownTitle ??
      pickTitle(
        header,
        breadcrumbs,
        units.slice(storyStart).map((u) => u.text),
      );
    // "Mohamed Osman" / "BBC News, Nairobi" under the headline: a byline without "By"
    const titleAt = out.title === null ? -1 : header.findIndex((h) => h.toLowerCase() === out.title!.toLowerCase());
    for (let i = Math.max(titleAt + 1, 1); titleAt >= 0 && i + 1 < header.length && out.byline === null; i++) {
      if (!isBareName(header[i]!)) continue;
      const suffix = parseBylineSuffix(header[i + 1]!);
      if (!suffix) continue;
      out.byline = header[i]!;
      out.bylineRole = suffix.role;
      bylineOutlet ??= suffix.outlet;
    }
    const titleKey = out.title?.toLowerCase() ?? null;
    const isTitle = (text: string): boolean => titleKey !== null && mayLowerTo(text, titleKey) && text.toLowerCase() === titleKey;
    const lastProse = units.reduce((last, u, i) => (u.prose ? i : last), -1);
    // (6) the story region
    for (let i = storyStart; i < units.length; i++) {
      const u = units[i]!;
      if (u.kind !== "text") continue;
      if (u.prose) {
        if (isTitle(u.text)) continue;
        out.paragraphs.push(u.text);
        continue;
      }
      if (isTitle(u.text)) continue;
      const next = units[i + 1];
      if (isBareName(u.text) && next && startsWithQuote(next.text)) continue; // photo caption
      if (startsWithQuote(u.text) || isListItem(u.text)) {
        out.paragraphs.push(u.text);
        continue;
      }
      const words = wordCount(u.text);
      if (i < lastProse) {
        if (words <= MAX_HEADING_WORDS && /^[\p{Lu}\p{N}]/u.test(u.text) && (isTitleCase(u.text) || words <= 8)) continue;
      } else if (words <= MAX_HEADING_WORDS) continue; // labels after the story
      out.paragraphs.push(u.text);
    }
  }

  while (out.paragraphs.length > 1 && isCreditTail(out.paragraphs[out.paragraphs.length - 1]!)) out.paragraphs.pop();

  // (7) dateline, inline captions
  const published = out.paragraphs[0] === undefined ? null : parsePublishedPrefix(out.paragraphs[0]);
  if (published && out.paragraphs[0]!.length - published.length > 20) {
    out.publishedLine ??= published.value;
    out.paragraphs[0] = out.paragraphs[0]!.slice(published.length);
  }
  const first = out.paragraphs[0];
  if (first !== undefined) {
    const dl = parseDateline(first);
    if (dl && first.length - dl.length > 20) {
      out.dateline = dl;
      out.paragraphs[0] = first.slice(dl.length);
    }
  }
  out.paragraphs = out.paragraphs.map((p) => removeInlineLabels(removeInlineCaptions(p)).trim()).filter(Boolean);
  out.source = followSource ?? bylineOutlet ?? bioOutlet ?? out.dateline?.agency ?? null;
  return out;
}

/** Whether `text` could lower-case to `key`: lower-casing changes a string's length by a factor of at most two,
 * so a paragraph far longer or shorter than a headline is never that headline (and is not lower-cased). */
function mayLowerTo(text: string, key: string): boolean {
  if (text.length > key.length * 3 || text.length * 3 < key.length) return false;
  const first = firstLower(text);
  return first < 0 || first === key.charCodeAt(0);
}

/** The first code unit of `text.toLowerCase()` without lower-casing the whole line; -1 when it cannot tell cheaply
 * (a surrogate pair first). The first character lower-cases on its own: nothing precedes it. */
function firstLower(text: string): number {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** In hard-wrapped text, a short first line over full-width lines of the same block is a heading of its own
 * ("What Residents Say" directly above its paragraph), not the start of the paragraph: a paragraph's first
 * line is as wide as the wrap. */
function isHeadingAboveWrappedLines(items: readonly Item[], i: number): boolean {
  const first = items[i]!;
  if (i > 0 && items[i - 1]!.block === first.block) return false; // only a block's first line
  const next = items[i + 1];
  if (!next || next.block !== first.block || isProse(first.text) || wordCount(first.text) > 12) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(first.text) || !/^[\p{Lu}"“«‘]/u.test(next.text)) return false;
  let widest = 0;
  for (let k = i + 1; k < items.length && items[k]!.block === first.block; k++) widest = Math.max(widest, items[k]!.text.length);
  return widest >= 40 && first.text.length < 0.6 * widest;
}

/** "Who are the RSF?": a headline in a list of other stories. */
function isShortQuestion(line: string): boolean {
  return wordCount(line) <= 10 && /\?$/.test(line) && !startsWithQuote(line);
}

/** The headline among the header lines: one the page repeats (in the header, a breadcrumb or further down), else the first
 * with four words or more, else the first with three. Section names and a city are shorter. */
function pickTitle(header: readonly string[], breadcrumbs: readonly string[], rest: readonly string[]): string | null {
  // a headline sits near the top: looking at the first 50 candidates keeps a huge header linear
  const candidates = header.filter((h) => wordCount(h) >= 3 && !isBareName(h)).slice(0, 50);
  const seen = new Map<string, number>();
  for (const h of header) seen.set(h.toLowerCase(), (seen.get(h.toLowerCase()) ?? 0) + 1);
  // the candidates repeated further down; a line far longer or shorter than every candidate is not lower-cased
  const keys = new Set(candidates.map((c) => c.toLowerCase()));
  let minKey = Infinity;
  let maxKey = 0;
  for (const k of keys) {
    minKey = Math.min(minKey, k.length);
    maxKey = Math.max(maxKey, k.length);
  }
  const firsts = new Set([...keys].map((k) => k.charCodeAt(0)));
  const later = new Set<string>();
  for (const r of rest) {
    if (r.length > maxKey * 3 || r.length * 3 < minKey) continue;
    const first = firstLower(r);
    if (first >= 0 && !firsts.has(first)) continue;
    const lr = r.toLowerCase();
    if (keys.has(lr)) later.add(lr);
  }
  const crumbs = breadcrumbs.slice(0, 20).map((b) => b.toLowerCase());
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const repeats = (seen.get(lc) ?? 0) > 1 || later.has(lc) || crumbs.some((b) => b.endsWith(lc));
    if (repeats) return c;
  }
  return candidates.find((c) => wordCount(c) >= 4) ?? candidates[0] ?? shortHeadline(header);
}

/** A two-word headline in sentence case ("Council meets") when it is the header's only line: section names
 * ("World News") are in title case, and a city or a name is not a subject and a lower-case verb. */
function shortHeadline(header: readonly string[]): string | null {
  if (header.length !== 1) return null;
  const h = header[0]!;
  return /^\p{Lu}\p{Ll}+ \p{Ll}{3,}$/u.test(h) && !isBareName(h) ? h : null;
}
