// Shared pieces of the actor finder: word sets, the actors every pass may create (a country, its government,
// its army), names and the "<name> group" check.

import { adjectiveOf } from "../lexicon/countries.js";
import type { Country } from "../lexicon/countries.js";
import { MEDIA_HEADS, MEDIA_NAMES, ORG_HEADS, TITLES } from "../lexicon/words.js";
import type { Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { ActorKind } from "../../model/schema.js";

/** First words of the titles ("prime" of "prime minister"): a word not in here starts no title. */
export const TITLE_FIRST = new Set([...TITLES].map((t) => t.split(" ")[0]!));

export const ARMED_HEADS = new Set([
  "army",
  "forces",
  "force",
  "brigade",
  "brigades",
  "militia",
  "militias",
  "battalion",
  "regiment",
  "legion",
  "corps",
  "navy",
  "guard",
]);

export const GOV_HEADS = new Set([
  "ministry",
  "department",
  "government",
  "parliament",
  "senate",
  "police",
  "embassy",
  "consulate",
  "cabinet",
  "administration",
  "presidency",
  "directorate",
  "gendarmerie",
  "junta",
  "regime",
]);

export const ARMY_WORDS = new Set(["army", "armed forces", "military", "military forces", "troops", "soldiers"]);

export const LOCATIVE = new Set([
  "in",
  "near",
  "at",
  "from",
  "to",
  "across",
  "outside",
  "around",
  "into",
  "inside",
  "towards",
  "toward",
  "through",
  "throughout",
  "via",
  "left",
  "reached",
  "entered",
]);

export const ADJ_MODIFIER =
  /^(?:[a-z]+-)*[a-z]*(?:ed|al|ar|ary|ent|ant|ive|ing|ous|ic|ile|ist)$|^(?:former|current|regular|new|ruling|interim|elected|so-called|de|facto|official|then|acting|outgoing|incoming)$/;

export const ADJ_STOP = new Set(["of", "and", "or", "in", "on", "the", "a", "an", "with", "by", "for", "to", "from", "that", "this"]);

export function army(reg: Registry, c: Country): Draft {
  const d = reg.add(`${adjectiveOf(c)} army`, "armed-group");
  d.country = c;
  return d;
}

export function government(reg: Registry, c: Country): Draft {
  const d = reg.add(`Government of ${c.name}`, "government");
  d.country = c;
  return d;
}

export function countryActor(reg: Registry, c: Country): Draft {
  const d = reg.add(c.name, "country");
  d.country = c;
  return d;
}

export function orgKind(name: string): ActorKind {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  if (PLACE_HEADS.has(words[0]!) || (PLACE_HEADS.has(last) && !words.some((w) => ORG_HEADS.has(w)))) return "place";
  if (words.some((w) => ARMED_HEADS.has(w))) return "armed-group";
  if (words.some((w) => GOV_HEADS.has(w))) return "government";
  if (MEDIA_HEADS.has(last) || MEDIA_NAMES.has(name.toLowerCase())) return "media";
  return "organization";
}

export const PLACE_HEADS = new Set([
  "delta",
  "basin",
  "coast",
  "plateau",
  "highlands",
  "peninsula",
  "port",
  "airport",
  "island",
  "islands",
  "province",
  "region",
  "county",
  "district",
  "bay",
  "gulf",
  "strait",
  "lake",
  "river",
  "valley",
  "mount",
  "camp",
  "hall",
  "square",
  "street",
  "avenue",
  "palace",
  "stadium",
  "bridge",
  "tower",
  "building",
  "station",
  "prison",
  "city",
  "park",
]);

export function lastNameOf(name: string): string | undefined {
  const parts = name.split(/\s+/).filter((p) => (/^\p{Lu}/u.test(p) || /^(al|el)-/i.test(p)) && !/^(Jr|Sr|[IVX]+)\.?$/.test(p));
  const last = parts[parts.length - 1];
  if (!last || parts.length < 2) return undefined;
  return last.replace(/^(al|el)-/i, (m) => m).replace(/[.,]$/, "");
}

export const groupFormCache = new Map<string, boolean>();

export let groupFormBody = "";

/** Whether the text writes "<name> group" ("the 'Wagner' group") anywhere. */
export function writtenAsGroup(body: string, name: string): boolean {
  if (body !== groupFormBody) {
    groupFormBody = body;
    groupFormCache.clear();
  }
  let v = groupFormCache.get(name);
  if (v === undefined) {
    v = new RegExp(`['’"]?${escapeRe(name)}['’"]?\\s+group\\b`).test(body);
    groupFormCache.set(name, v);
  }
  return v;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
