// The metadata fields an article file can carry (front matter, sidecar, HTML meta tags), read leniently
// from a parsed object: common alternative keys are accepted, values that are not text are ignored.
import { normalizeMetaDate } from "./dates.js";

export interface MetaFields {
  title?: string;
  source?: string;
  url?: string;
  byline?: string;
  bylineRole?: string;
  /** ISO `YYYY-MM-DD` / `YYYY-MM` / `YYYY`. */
  published?: string;
}

const KEYS: Record<keyof MetaFields, string[]> = {
  title: ["title", "headline"],
  source: ["source", "site", "site_name", "publisher", "outlet", "publication"],
  url: ["url", "link", "canonical", "canonical_url"],
  byline: ["byline", "author", "authors"],
  bylineRole: ["bylineRole", "byline_role", "author_role", "role"],
  published: ["published", "date", "published_at", "publishedAt", "pubdate", "datePublished", "date_published"],
};

function text(v: unknown): string | undefined {
  if (typeof v === "string") {
    const s = v.replace(/\s+/g, " ").trim();
    return s || undefined;
  }
  if (Array.isArray(v)) {
    const parts = v.map(text).filter((x): x is string => !!x);
    return parts.length ? parts.join(" and ") : undefined;
  }
  if (v && typeof v === "object" && "name" in v) return text((v as { name: unknown }).name);
  return undefined;
}

/** What an object says; `problems` lists values present but unusable (an unparseable date). */
export function readMetaFields(obj: Record<string, unknown>): { fields: MetaFields; problems: string[] } {
  const fields: MetaFields = {};
  const problems: string[] = [];
  for (const field of Object.keys(KEYS) as (keyof MetaFields)[]) {
    for (const key of KEYS[field]) {
      const v = obj[key];
      if (v === undefined || v === null) continue;
      if (field === "published") {
        const d = normalizeMetaDate(v);
        if (d) fields.published = d;
        else problems.push(`${key} ${JSON.stringify(String(v))} is not a date`);
      } else {
        const t = text(v);
        if (t) fields[field] = t;
      }
      break;
    }
  }
  return { fields, problems };
}

/** Fields of `over` win over those of `base`. */
export function mergeMetaFields(base: MetaFields, over: MetaFields): MetaFields {
  return { ...base, ...Object.fromEntries(Object.entries(over).filter(([, v]) => v !== undefined)) };
}
