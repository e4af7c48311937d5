// The article's metadata from its three sources, best first: the file's own metadata (front matter,
// sidecar, HTML meta), the story's dateline or "Published …" line, then page chrome.
import type { Published } from "../model/schema.js";
import type { CleanResult } from "./chrome.js";
import { toIso, yearOnOrBefore } from "./dates.js";
import type { MetaFields } from "./metafields.js";
import type { ArticleMeta } from "./types.js";

export function publishedFrom(meta: MetaFields, clean: CleanResult): Published {
  if (meta.published) return { value: meta.published, basis: "metadata" };
  if (clean.publishedLine) return { value: clean.publishedLine, basis: "dateline" };
  const d = clean.dateline?.date;
  if (d) {
    const full = d.year !== null ? toIso(d) : clean.pageDate ? yearOnOrBefore(d.month, d.day, clean.pageDate) : null;
    if (full) return { value: full, basis: "dateline" };
  }
  if (clean.pageDate) return { value: clean.pageDate, basis: "page-header" };
  return { value: null, basis: "none" };
}

export function deriveMeta(meta: MetaFields, clean: CleanResult): ArticleMeta {
  const byline = meta.byline ?? clean.byline;
  return {
    title: meta.title ?? clean.title,
    source: meta.source ?? clean.source,
    byline,
    bylineRole: meta.bylineRole ?? (byline === clean.byline ? clean.bylineRole : null),
    url: meta.url ?? null,
    published: publishedFrom(meta, clean),
    pageDate: clean.pageDate,
    datelinePlace: clean.dateline?.place || null,
  };
}
