// Further readings of a subject phrase that names its speaker inside a longer noun phrase, tried after the
// readings of ./speaker.ts: the agent of a passive ("preceded by President Ana Ruiz vowing …" → "Ana Ruiz")
// and the name before a common-noun head ("Russia's Wagner mercenary group" → "Wagner"). The second is kept
// only when the actor found carries that very name, so that "the Malian rebel group" never becomes Mali.
import type { Phrase } from "./phrases.js";
import { DOCUMENT_HEADS, TITLE_WORDS, isCapitalized } from "./words.js";

export interface NamedVariant {
  text: string;
  /** The actor found must have this word sequence in its name or an alias. */
  mustName: string | null;
}

const POSSESSIVE = /['’]s?$/u;

export function extraVariants(p: Phrase): NamedVariant[] {
  const words = p.tokens.filter((t) => t.kind === "word");
  const out: NamedVariant[] = [];
  const text = (from: number, to: number) => p.text.slice(words[from]!.start - p.start, words[to - 1]!.end - p.start);
  // "… by Turkish President Recep Tayyip Erdogan": the capitalised agent, then without its titles.
  const by = words.findIndex((t, i) => i > 0 && t.lower === "by");
  if (by > 0 && by < words.length - 1 && words.slice(by + 1).every((t) => isCapitalized(t.text))) {
    out.push({ text: text(by + 1, words.length), mustName: null });
    let lastTitle = -1;
    for (let i = by + 1; i < words.length - 1; i++) if (TITLE_WORDS.has(words[i]!.lower)) lastTitle = i;
    if (lastTitle > 0) out.push({ text: text(lastTitle + 1, words.length), mustName: null });
  }
  // "Russia's Wagner mercenary group", "the Kroger spokesperson": capitalised words then lower-case ones.
  let k = 0;
  if (words[0]?.lower === "the" || (words[0] && POSSESSIVE.test(words[0].text) && isCapitalized(words[0].text))) k = 1;
  // "according to an AFP tally": an indefinite document of a named author.
  const last = words[words.length - 1];
  if ((words[0]?.lower === "a" || words[0]?.lower === "an") && last && DOCUMENT_HEADS.has(last.lower)) k = 1;
  let r = k;
  while (r < words.length && isCapitalized(words[r]!.text) && !POSSESSIVE.test(words[r]!.text)) r++;
  if (r > k && r < words.length && words.slice(r).every((t) => !isCapitalized(t.text))) {
    const name = text(k, r);
    out.push({ text: name, mustName: name });
  }
  return out;
}

/** Whether an actor's name or one of its aliases holds `name` as whole words. */
export function carriesName(actor: { name: string; aliases: string[] }, name: string): boolean {
  const n = name.toLowerCase();
  return [actor.name, ...actor.aliases].some((x) => ` ${x.toLowerCase()} `.includes(` ${n} `));
}

/** Whether `name` is the actor's name or one of its aliases (case and a leading "the" ignored). */
export function isNameOf(actor: { name: string; aliases: string[] }, name: string): boolean {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/^the\s+/, "")
      .trim();
  const n = norm(name);
  return [actor.name, ...actor.aliases].some((x) => norm(x) === n);
}
