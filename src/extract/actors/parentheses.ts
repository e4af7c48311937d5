// Actors defined by a parenthesis: "Name (ACR)" makes ACR the acronym of the organisation the capitalised run
// before it spells (the shortest tail whose initials match); "Fama (Mali army)" makes Fama an alias of what the
// gloss names. Runs of capitalised words elsewhere are left to runs.ts, lone acronyms to singles.ts.
import { GENERIC_ACRONYMS, NOT_NAMES, ORG_HEADS } from "../lexicon/words.js";
import { alternation, COUNTRY_ALT, countryOf, DEMONYM_ALT } from "./lexicon-match.js";
import type { Registry } from "./registry.js";
import type { Draft } from "./registry.js";
import type { Token } from "./tokens.js";
import type { Sentence } from "../types.js";
import { ARMY_WORDS, army, orgKind } from "./helpers.js";

export function parentheticals(body: string, sentences: Sentence[], tokens: Token[][], reg: Registry) {
  for (const s of sentences) {
    if (!s.text.includes("(")) continue;
    const re = /\(([^()]{1,60})\)/g;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const inner = m[1]!.trim();
      const parenStart = s.start + m.index;
      // the capitalised words right before the parenthesis
      const ts = tokens[s.index]!.filter((t) => t.end <= parenStart);
      const k = ts.length - 1;
      if (k < 0 || !/^\s*$/.test(body.slice(ts[k]!.end, parenStart))) continue;
      let first = k;
      while (first > 0) {
        const prev = ts[first - 1]!;
        const cur = ts[first]!;
        if (!/^ +$/.test(cur.gap)) break;
        if (prev.cap || (/^(of|the|for|on|and|de|du|des|la|le|al|el)$/.test(prev.lower) && first - 2 >= 0 && ts[first - 2]!.cap)) first--;
        else break;
      }
      while (first <= k && !ts[first]!.cap) first++;
      // drop a leading sentence-start word like "The"
      while (first < k && ts[first]!.initial && NOT_NAMES.has(ts[first]!.lower)) first++;
      if (first > k) continue;
      const nameTokens = ts.slice(first, k + 1);
      if (/^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u.test(inner) && !GENERIC_ACRONYMS.has(inner.toLowerCase())) {
        // an acronym: take the shortest tail of the run whose initials contain the acronym's letters
        const chosen = acronymExpansion(nameTokens, inner);
        if (!chosen) continue;
        const name = body.slice(chosen[0]!.start, chosen[chosen.length - 1]!.end);
        const d = reg.add(name, orgKind(name));
        d.acronym = inner;
        reg.alias(d, inner);
        reg.mention(d, chosen[0]!.start, chosen[chosen.length - 1]!.end, s.index, "name");
        reg.mention(d, parenStart + 1 + m[1]!.indexOf(inner), parenStart + 1 + m[1]!.indexOf(inner) + inner.length, s.index, "acronym");
        continue;
      }
      // a gloss: "Fama (Mali army)": one capitalised word glossed by a phrase that names an actor
      if (nameTokens.length <= 2) {
        const target = glossTarget(inner, reg);
        if (!target) continue;
        const alias = body.slice(nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end);
        reg.alias(target, alias);
        if (alias.toUpperCase() !== alias) reg.alias(target, alias.toUpperCase().slice(0, 2) + alias.slice(2)); // "FAMa" spelling is not derivable: keep as written only
        reg.mention(target, nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end, s.index, "alias");
        const gs = parenStart + 1 + m[1]!.indexOf(inner);
        reg.mention(target, gs, gs + inner.length, s.index, "descriptor");
      }
    }
  }
}

function acronymExpansion(run: Token[], acronym: string): Token[] | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  for (let i = run.length - 1; i >= 0; i--) {
    const tail = run.slice(i);
    const initials = tail
      .filter((t) => t.cap)
      .map((t) => t.text.replace(/^(al|el)-/i, "")[0]!.toUpperCase())
      .join("");
    if (initials.length < letters.length) continue;
    const sortedA = [...letters].sort().join("");
    const sortedI = [...initials].sort().join("");
    if (
      initials === letters ||
      sortedA === sortedI ||
      (initials.length > letters.length && isSubsequence(letters, initials) && initials.startsWith(letters[0]!))
    )
      return tail;
  }
  // no initials match (an acronym in another language): accept an organisation name as a whole
  return run.some((t) => ORG_HEADS.has(t.lower)) ? run : undefined;
}

function isSubsequence(a: string, b: string): boolean {
  let i = 0;
  for (const ch of b) if (ch === a[i]) i++;
  return i === a.length;
}

const GLOSS_ARMY = new RegExp(`^(?:the\\s+)?(${COUNTRY_ALT}|${DEMONYM_ALT})\\s+(${alternation(ARMY_WORDS)})$`, "i");

/** The actor a gloss names: "Mali army" → the Malian army; a known name → that actor. */
function glossTarget(gloss: string, reg: Registry): Draft | undefined {
  const m = GLOSS_ARMY.exec(gloss);
  if (m) {
    const c = countryOf(m[1]!);
    if (c) return army(reg, c);
  }
  return reg.unique(gloss);
}
