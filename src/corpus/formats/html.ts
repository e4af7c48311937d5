// HTML pages: metadata from meta tags, JSON-LD and the canonical link; the story from
// @mozilla/readability over a linkedom document, walked element by element into text blocks
// (headings and figure captions marked so the cleaner keeps them out of the story).
import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import { authorBoxAt } from "../authorbox.js";
import type { Block, BlockKind } from "../chrome.js";
import { normalizeMetaDate, parseDateBanner } from "../dates.js";
import type { MetaFields } from "../metafields.js";
import { wordCount } from "../words.js";

export interface HtmlDoc {
  meta: MetaFields;
  blocks: Block[];
  /** A date banner in the page's header chrome (outside the article), ISO day. */
  pageDate: string | null;
}

const require = createRequire(import.meta.url);
let libs: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHtml } | undefined;

/** linkedom and Readability, loaded on the first HTML page: they take half a second to load, and a command
 * answered from the cache (nothing to parse) never needs them. */
function htmlLibs(): { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHtml } {
  libs ??= {
    Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
    parseHTML: (require("linkedom") as { parseHTML: typeof ParseHtml }).parseHTML,
  };
  return libs;
}

// Minimal structural view of the DOM that linkedom gives us (it ships no DOM lib types for our tsconfig).
interface El {
  tagName: string;
  textContent: string | null;
  parentElement: El | null;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  remove(): void;
  replaceWith(...nodes: string[]): void;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  body: El | null;
  title?: string;
}

// whitespace other than a single space between words: only then is there anything to collapse
const NEEDS_COLLAPSE = /[^\S ]| {2}/;

const clean = (s: string | null | undefined): string | undefined => {
  const v = s ?? "";
  const t = (NEEDS_COLLAPSE.test(v) ? v.replace(/\s+/g, " ") : v).trim();
  return t || undefined;
};

/** The page's <meta> elements by their property, name and itemprop (the first in document order for each value):
 * what `meta[property="x"]`, `meta[name="x"]` and `meta[itemprop="x"]` find (case-sensitive values), without
 * compiling a selector for every name looked up. */
interface MetaIndex {
  property: Map<string, El>;
  name: Map<string, El>;
  itemprop: Map<string, El>;
}

function metaIndex(doc: Doc): MetaIndex {
  const index: MetaIndex = { property: new Map(), name: new Map(), itemprop: new Map() };
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    for (const attr of ["property", "name", "itemprop"] as const) {
      const v = el.getAttribute(attr);
      if (v !== null && !index[attr].has(v)) index[attr].set(v, el);
    }
  }
  return index;
}

function metaContent(index: MetaIndex, names: string[]): string | undefined {
  for (const n of names) {
    const el = index.property.get(n) ?? index.name.get(n) ?? index.itemprop.get(n);
    const v = clean(el?.getAttribute("content"));
    if (v) return v;
  }
  return undefined;
}

interface LdNode {
  [k: string]: unknown;
}

function jsonLdArticle(doc: Doc): LdNode | undefined {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? "");
    } catch {
      continue;
    }
    const nodes: unknown[] = Array.isArray(data) ? data : [data];
    for (const n of nodes.flatMap((x) => (x && typeof x === "object" && "@graph" in x ? (x as { "@graph": unknown[] })["@graph"] : [x]))) {
      if (!n || typeof n !== "object") continue;
      const type = (n as LdNode)["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === "string" && /Article|Posting|Report/.test(t))) return n as LdNode;
    }
  }
  return undefined;
}

function ldName(v: unknown): string | undefined {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((x): x is string => !!x);
    return names.length ? names.join(" and ") : undefined;
  }
  if (v && typeof v === "object" && "name" in v) return ldName((v as { name: unknown }).name);
  return undefined;
}

function htmlMeta(doc: Doc): MetaFields {
  const ld = jsonLdArticle(doc);
  const metas = metaIndex(doc);
  const meta: MetaFields = {};
  let source = metaContent(metas, ["og:site_name", "application-name"]) ?? ldName(ld?.publisher);
  let title = metaContent(metas, ["og:title", "twitter:title"]) ?? ldName(ld?.headline);
  if (!title) {
    // <title> is often "Headline | Site Name": the site goes to source when nothing better names it.
    const page = clean(doc.querySelector("title")?.textContent);
    const m = page ? /^(.{10,})\s+[|–—-]\s+([^|–—-]{2,60})$/.exec(page) : null;
    if (m && m[2]!.split(" ").length <= 6) {
      title = m[1];
      source ??= m[2]!.trim();
    } else title = page;
  }
  if (title) meta.title = title;
  if (source) meta.source = source;
  const author = metaContent(metas, ["author", "article:author", "byl", "parsely-author", "sailthru.author"]) ?? ldName(ld?.author);
  if (author && !/^https?:/.test(author)) meta.byline = author.replace(/^by\s+/i, "");
  const published =
    metaContent(metas, [
      "article:published_time",
      "datePublished",
      "pubdate",
      "publishdate",
      "publish-date",
      "date",
      "dc.date",
      "DC.date.issued",
      "parsely-pub-date",
      "sailthru.date",
    ]) ??
    (typeof ld?.datePublished === "string" ? ld.datePublished : undefined) ??
    clean(doc.querySelector("time[datetime]")?.getAttribute("datetime"));
  const day = normalizeMetaDate(published);
  if (day) meta.published = day;
  const url = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? metaContent(metas, ["og:url"]);
  if (url) meta.url = url;
  return meta;
}

function breakLines(root: El | Doc): void {
  for (const br of Array.from(root.querySelectorAll("br"))) br.replaceWith("\n");
}

/** A byline as Readability found it: a name, or an author box ("Tom Hale\nTom is the Editor at …"). */
function bylineFrom(raw: string): { name: string; role: string | null } | null {
  const lines = raw
    .split("\n")
    .map(clean)
    .filter((l): l is string => !!l)
    .map((l) => l.replace(/^by\s+/i, ""));
  const box = authorBoxAt(lines, 0);
  if (box) return { name: box.name, role: box.role };
  const first = lines[0];
  if (first && first.length <= 60 && wordCount(first) <= 6 && !/[.!?]$/.test(first)) return { name: first, role: null };
  return null;
}

const BLOCK_SEL = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dt,dd,td";
const NOISE_SEL = "script,style,noscript,template,iframe,svg,nav,header,footer,aside,form,button,select,menu";

function kindOf(tag: string): BlockKind {
  if (/^H[1-6]$/.test(tag)) return "heading";
  if (tag === "FIGCAPTION") return "caption";
  return "text";
}

/** Text blocks of a container, in document order; an element inside another block element is part of it.
 * A <div> holding text but no block element counts as a paragraph; <br> breaks lines. */
function blocksOf(root: El): Block[] {
  breakLines(root);
  const all = Array.from(root.querySelectorAll(`${BLOCK_SEL},div`)).filter(
    (el) => el.tagName !== "DIV" || (el.querySelector(`${BLOCK_SEL},div`) === null && !!clean(el.textContent)),
  );
  const set = new Set(all);
  const blocks: Block[] = [];
  for (const el of all) {
    let p = el.parentElement;
    let nested = false;
    while (p && p !== root) {
      if (set.has(p)) {
        nested = true;
        break;
      }
      p = p.parentElement;
    }
    if (nested) continue;
    for (const part of (el.textContent ?? "").split(/\n[ \t\u00a0]*\n/)) {
      const lines = part
        .split("\n")
        .map(clean)
        .filter((l): l is string => !!l);
      if (lines.length) blocks.push({ lines, kind: kindOf(el.tagName) });
    }
  }
  if (blocks.length === 0) {
    const text = root.textContent ?? "";
    for (const line of text.split(/\n\s*\n/)) {
      const t = clean(line);
      if (t) blocks.push({ lines: [t], kind: "text" });
    }
  }
  return blocks;
}

interface ContentEl extends El {
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
}

/** Whether Readability's container holds anything (its HTML would not be empty). */
function hasContent(el: ContentEl): boolean {
  for (const n of Array.from(el.childNodes)) if (n.nodeType !== 3 || (n.textContent ?? "") !== "") return true;
  return false;
}

/** linkedom needs an <html> element: a fragment ("<p>…</p>") is wrapped in a document. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** A date banner in the page header ("Monday, December 11, 2023" beside the weather), before Readability
 * drops the header. */
function headerDate(doc: Doc): string | null {
  const els = Array.from(doc.querySelectorAll('header, [class*="date"], [id*="date"]')).slice(0, 20);
  for (const el of els) {
    if (el.querySelector("article, p")) continue; // a container of the story, not chrome
    for (const line of (el.textContent ?? "").split("\n")) {
      const t = clean(line);
      const day = t ? parseDateBanner(t) : null;
      if (day) return day;
    }
  }
  return null;
}

export function parseHtml(source: string): HtmlDoc {
  const html = asDocument(source);
  const { Readability, parseHTML } = htmlLibs();
  const { document } = parseHTML(html) as unknown as { document: Doc };
  const meta = htmlMeta(document);
  breakLines(document);
  const pageDate = headerDate(document);
  let blocks: Block[] = [];
  try {
    // The serializer hands back Readability's own container instead of its HTML: walking it directly saves
    // serializing the story and parsing it again (the same elements and text either way).
    const article = new Readability(document as never, { charThreshold: 200, serializer: (el: unknown) => el as never }).parse();
    const content = article?.content as unknown as ContentEl | null | undefined;
    if (article && content && hasContent(content)) {
      blocks = blocksOf(content);
      const by = article.byline ? bylineFrom(article.byline) : null;
      if (by && !meta.byline) {
        meta.byline = by.name;
        if (by.role) meta.bylineRole = by.role;
      } else if (by?.role && by.name === meta.byline) meta.bylineRole = by.role;
      if (!meta.source && article.siteName) meta.source = clean(article.siteName);
    }
  } catch {
    blocks = [];
  }
  if (blocks.length === 0) {
    // Readability found nothing (or gave up): the page's own article/main/body, without its navigation.
    const { document: fresh } = parseHTML(html) as unknown as { document: Doc };
    for (const el of Array.from(fresh.querySelectorAll(NOISE_SEL))) el.remove();
    const root = fresh.querySelector("article") ?? fresh.querySelector("main") ?? fresh.body;
    if (root) blocks = blocksOf(root);
  }
  return { meta, blocks, pageDate };
}
