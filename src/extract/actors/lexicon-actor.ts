// The actor a lexicon hit in a capitalised run stands for: a country, a capital (its government, or a place
// after "in"/"to"), a region, a known organisation, a seat of government, a medium, an armed group, an ethnic
// group. Matching the lexicon is lexicon-match.ts's; deciding where a hit sits in a run is runs.ts's.
import type { LexHit } from "./lexicon-match.js";
import type { Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { Sentence } from "../types.js";
import { LOCATIVE, government, countryActor, writtenAsGroup } from "./helpers.js";

export function lexiconActor(
  reg: Registry,
  hit: LexHit,
  written: string,
  body: string,
  start: number,
  end: number,
  s: Sentence,
): Draft | undefined {
  switch (hit.type) {
    case "country":
      return countryActor(reg, hit.country);
    case "capital": {
      // a capital as the subject or object of politics is its government; after "in", "to", "left" a place
      const prev = /(\p{L}+)\s+$/u.exec(body.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
      if (
        prev &&
        LOCATIVE.has(prev) &&
        !/\b(?:regime|government|authorities|junta|administration)\s+in\s+$/i.test(body.slice(Math.max(0, start - 30), start))
      ) {
        const d = reg.add(written, "place");
        d.country = hit.country;
        return d;
      }
      const d = government(reg, hit.country);
      reg.alias(d, written);
      return d;
    }
    case "region":
      return reg.add(written, "place");
    case "org":
      return reg.add(written, hit.kind);
    case "seat": {
      const d = government(reg, hit.country);
      reg.alias(d, written);
      return d;
    }
    case "media":
      return reg.add(written, "media");
    case "armed": {
      const groupForm = writtenAsGroup(body, written);
      const d = reg.add(groupForm ? `${written} group` : written, "armed-group");
      if (groupForm) reg.alias(d, written);
      return d;
    }
    case "ethnic": {
      const d = reg.add(hit.group.name, "ethnic-group");
      if (written !== hit.group.name) reg.alias(d, written);
      return d;
    }
    default:
      void s;
      void end;
      return undefined;
  }
}
