// Stable keys for the summary's statements, events and actors: what a correction targets. Unlike ids
// (`ARTICLE:s3`, list positions) a key survives re-extraction and edits elsewhere in the article: a
// statement's key is its article id and a hash of its normalised words, an event's the article id and a hash
// of its normalised summary, an actor's its normalised canonical name. Two items that would share a key in
// one article (the same words said twice) get `~2`, `~3` in corpus order. It leaves it to src/corrections to
// decide what a key that no longer exists means.
import { createHash } from "node:crypto";
import type { Actor, Event, Statement, Summary } from "../model/schema.js";

/** Words only: no accents, case, quote marks, punctuation or ellipses; one space between words. */
export function keyText(input: string): string {
  // typographic marks first; then plain ASCII (most text) skips the costly Unicode normalisation and classes
  const s = input.replace(/[’‘´]/g, "").replace(/[“”«»„…–—]/g, " ");
  if (/^[\x00-\x7f]*$/.test(s))
    return s
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function hash8(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 8);
}

export function statementKey(article: string, text: string): string {
  return `${article}:s-${hash8(keyText(text))}`;
}

export function eventKey(article: string, summary: string): string {
  return `${article}:e-${hash8(keyText(summary))}`;
}

/** `rachid-raha`: the canonical name, normalised, hyphens between words. */
export function actorKey(name: string): string {
  return keyText(name).replace(/^the /, "").replace(/ /g, "-") || "actor";
}

/** Hands out keys unique among those handed out before: `k`, then `k~2`, `k~3` … The next suffix to try is
 * kept per key (keys only get taken, so the search resumes where it stopped): thousands of unnamed "a police
 * spokesman" actors share one name, and counting from 2 each time was quadratic. */
function uniqueKeys(): { take(k: string): string; claim(k: string): boolean } {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return {
    take(k) {
      if (!used.has(k)) {
        used.add(k);
        return k;
      }
      let n = nextSuffix.get(k) ?? 2;
      while (used.has(`${k}~${n}`)) n++;
      const key = `${k}~${n}`;
      nextSuffix.set(k, n + 1);
      used.add(key);
      return key;
    },
    /** Takes a key given before (false when it is taken already). */
    claim(k) {
      if (used.has(k)) return false;
      used.add(k);
      return true;
    },
  };
}

/** Gives every actor its key, in summary order (the first of a name gets it plain). */
export function assignActorKeys(actors: readonly Actor[]): void {
  const keys = uniqueKeys();
  for (const a of actors) a.key = keys.take(actorKey(a.name));
}

/** Gives the statements and events of whole articles their keys (in place): one that has one keeps it (the
 * merge reuses an unchanged article's records, whose keys were made the first time). Record keys start with
 * their article's id, so they can only clash within one article: the records of some articles get the keys
 * the whole summary would give them. */
export function assignRecordKeys(statements: readonly Statement[], events: readonly Event[]): void {
  const keys = uniqueKeys();
  for (const s of statements) if (s.key === undefined || !keys.claim(s.key)) s.key = keys.take(statementKey(s.article, s.text));
  for (const e of events) if (e.key === undefined || !keys.claim(e.key)) e.key = keys.take(eventKey(e.article, e.summary));
}

/** Gives every statement, event and actor its `key` (in place, idempotent) and returns the summary. */
export function assignKeys(summary: Summary): Summary {
  assignActorKeys(summary.actors);
  assignRecordKeys(summary.statements, summary.events);
  return summary;
}
