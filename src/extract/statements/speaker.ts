// Speaker resolution: from a phrase as written to an actor of the article, or null. Never a guess: a phrase
// that names no known actor stays unresolved (speakerKey null, speakerText as written).
import type { ActorKind } from "../../model/schema.js";
import type { ArticleActors, LocalActor, LocalStatement, Sentence } from "../types.js";
import { mainSubject, type Phrase } from "./phrases.js";
import type { MentionIndex } from "./mention-index.js";
import { carriesName, extraVariants, isNameOf } from "./name-variants.js";
import type { Token } from "./tokens.js";
import {
  DOCUMENT_HEADS,
  GROUP_PRONOUNS,
  NON_SPEAKER_PRONOUNS,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  REPRESENTATIVE_HEADS,
  TITLE_WORDS,
  isCapitalized,
} from "./words.js";

export interface SpeakerContext {
  body: string;
  sentences: Sentence[];
  actors: ArticleActors;
  actorByKey: Map<string, LocalActor>;
  /** The actors' mentions by offset (`actors.mentions`, indexed). */
  readonly mentionIndex: MentionIndex;
  /** Masked tokens of a sentence. */
  tokensOf(s: number): Token[];
  /** Statements found so far, in text order. */
  found: LocalStatement[];
  /** Statements found so far in sentence `s`, in text order. */
  inSentence(s: number): LocalStatement[];
  /** Whether body offset `pos` is inside a quote (a name there is in someone's words, never an antecedent). */
  quoted?(pos: number): boolean;
}

export interface Speaker {
  key: string | null;
  text: string | null;
}

const NAME_PARTICLE = /^(al|el|bin|ben|ibn|de|da|di|du|van|von|der|la|le|ould|abu|ag)(-.*)?$/;
const PERSON_KINDS: ReadonlySet<ActorKind> = new Set(["person"]);
const IT_KINDS: ReadonlySet<ActorKind> = new Set(["organization", "armed-group", "government", "media", "country"]);
const THEY_KINDS: ReadonlySet<ActorKind> = new Set(["organization", "armed-group", "government", "media", "ethnic-group", "country"]);

export function kindsForPronoun(p: string): ReadonlySet<ActorKind> | undefined {
  const w = p.toLowerCase();
  if (PERSON_PRONOUNS.has(w)) return PERSON_KINDS;
  if (w === "it") return IT_KINDS;
  if (w === "they") return THEY_KINDS;
  return undefined;
}

/** Readings of a subject phrase to try in turn: as written, its alternatives, without a trailing
 * prepositional phrase when its head is a name, the bare name after title words, the body a spokesperson
 * speaks for. */
export interface Variant {
  text: string;
  /** A body a spokesperson speaks for: never a person ("Greco's spokesman" is not Greco). */
  body: boolean;
}

export function phraseVariants(p: Phrase): Variant[] {
  const out: string[] = [p.text];
  const bodies: string[] = [];
  // "The Amazigh World Assembly (AMA)": the name without its acronym, then the acronym.
  const paren = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(p.text);
  if (paren) {
    out.push(`${paren[1]} ${paren[3]}`.trim());
    out.push(paren[2]!.trim());
  }
  for (const alt of p.alternatives) out.push(alt.text);
  const words = p.tokens;
  const cut = words.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.lower));
  const head = cut > 0 ? words.slice(0, cut) : words;
  const headText = (t: Token[]) => (t.length ? p.text.slice(t[0]!.start - p.start, t[t.length - 1]!.end - p.start) : "");
  const lastHead = head[head.length - 1];
  if (lastHead && isCapitalized(lastHead.text)) {
    if (cut > 0) out.push(headText(head));
    // The last run of capitalised words, title words stripped from its front: "AMA President Rachid Raha" → "Rachid Raha".
    let r = head.length - 1;
    while (r > 0 && (isCapitalized(head[r - 1]!.text) || NAME_PARTICLE.test(head[r - 1]!.lower))) r--;
    const whole = head.slice(r);
    let run = whole;
    while (run.length > 1 && (TITLE_WORDS.has(run[0]!.lower) || /^\p{Lu}{2,}$/u.test(run[0]!.text))) run = run.slice(1);
    if (run.length && run.length < head.length) out.push(headText(run));
    // "Lebanon's official National News Agency": a title-like word may open the name itself.
    if (whole.length > run.length && whole.length < head.length) out.push(headText(whole));
  }
  // "the ministry's spokesman" speaks for the ministry.
  const owner = /^(.+?)['’]s?\s+(?:[a-z-]+\s+)*(\S+)$/u.exec(headText(head));
  if (lastHead && REPRESENTATIVE_HEADS.has(lastHead.lower) && owner && owner[2]!.toLowerCase() === lastHead.lower) bodies.push(owner[1]!);
  if (lastHead && REPRESENTATIVE_HEADS.has(lastHead.lower) && cut > 0 && ["of", "for", "from"].includes(words[cut]!.lower)) {
    const rest = words.slice(cut + 1);
    bodies.push(headText(rest));
    const cut2 = rest.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.lower));
    if (cut2 > 0) bodies.push(headText(rest.slice(0, cut2)));
  }
  // "a statement from the ministry", "Smith's letter": a document says what its author says.
  if (lastHead && DOCUMENT_HEADS.has(lastHead.lower)) {
    if (owner && owner[2]!.toLowerCase() === lastHead.lower) out.push(owner[1]!);
    if (cut > 0 && ["of", "from", "by"].includes(words[cut]!.lower)) {
      const rest = words.slice(cut + 1);
      out.push(headText(rest));
      const cut2 = rest.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.lower));
      if (cut2 > 0) out.push(headText(rest.slice(0, cut2)));
    }
  }
  // "Greco's spokesman": the whole phrase may only name the body, never the person whose spokesman it is.
  if (bodies.length && owner) {
    out.length = 0;
    bodies.unshift(p.text);
  }
  const seen = new Set<string>();
  const variants: Variant[] = [];
  for (const [list, body] of [
    [out, false],
    [bodies, true],
  ] as const) {
    for (const text of list) {
      if (!text || seen.has(text)) continue;
      seen.add(text);
      variants.push({ text, body });
    }
  }
  return variants;
}

const resolved = new WeakMap<ArticleActors, Map<string, LocalActor | undefined>>();

/** actors.resolve, remembered per article: the same phrases come back for every statement. */
export function resolveCached(ctx: SpeakerContext, phrase: string): LocalActor | undefined {
  let cache = resolved.get(ctx.actors);
  if (!cache) {
    cache = new Map();
    resolved.set(ctx.actors, cache);
  }
  if (cache.has(phrase)) return cache.get(phrase);
  const a = ctx.actors.resolve(phrase);
  cache.set(phrase, a);
  return a;
}

/** The first reading of a phrase that names an actor. */
function resolveVariants(ctx: SpeakerContext, p: Phrase): LocalActor | undefined {
  const other = ownerOf(p);
  const notTheOwner = other ? resolveCached(ctx, other) : undefined;
  for (const v of phraseVariants(p)) {
    const a = resolveCached(ctx, v.text);
    if (!a || (v.body && a.kind === "person")) continue;
    if (v.text === p.text && !headFits(p, a)) continue;
    // "Smith's lawyer", "the wife of Smith": someone else than Smith, whatever the lookup says.
    if (notTheOwner && a.key === notTheOwner.key && !v.body) return undefined;
    return a;
  }
  for (const v of extraVariants(p)) {
    const a = resolveCached(ctx, v.text);
    if (!a) continue;
    // "the Trump administration" is not Trump: a name before a common-noun head gives only a body.
    // Nor is "the Malian rebel group" Mali.
    // The words before the head must be the actor's very name ("Harbour Guard militia"), or else the head noun
    // must be in its name ("Wagner mercenary group" for "Wagner group").
    if (
      v.mustName &&
      (a.kind === "person" ||
        a.kind === "country" ||
        a.kind === "place" ||
        !carriesName(a, v.mustName) ||
        !(isNameOf(a, v.mustName) || headFits(p, a)))
    )
      continue;
    if (notTheOwner && a.key === notTheOwner.key) return undefined;
    return a;
  }
  return undefined;
}

/** For "X's lawyer" or "the lawyer of X" (a common-noun head that is not a title, a spokesperson or a
 * document): X, the one actor the phrase does not name. */
function ownerOf(p: Phrase): string | undefined {
  const poss = /^(.+?)['’]s?\s+((?:[a-z-]+\s+)*([a-z-]+))$/u.exec(p.text);
  const ofPhrase = /^(?:(?:the|a|an)\s+)?((?:[a-z-]+\s+)*([a-z-]+))\s+(?:of|for|to)\s+(.+)$/u.exec(p.text);
  const head = poss?.[3] ?? ofPhrase?.[2];
  if (!head || TITLE_WORDS.has(head) || REPRESENTATIVE_HEADS.has(head) || DOCUMENT_HEADS.has(head)) return undefined;
  return poss?.[1] ?? ofPhrase?.[3];
}

/** The speaker a subject phrase names, at body offset `pos` in sentence `s`. */
export function resolveSpeaker(ctx: SpeakerContext, p: Phrase | null, s: number): Speaker {
  if (!p) return { key: null, text: null };
  const text = p.text;
  const lower = text.toLowerCase();
  if (NON_SPEAKER_PRONOUNS.has(lower)) return { key: null, text };
  if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower)) return { key: resolvePronoun(ctx, lower, p.start, s), text };
  const a = resolveVariants(ctx, p) ?? nominalReference(ctx, p) ?? describedActor(ctx, p) ?? namedNext(ctx, p, s);
  if (a) return { key: a.key, text };
  const issuer = documentIssuer(ctx, p, s);
  if (issuer) return { key: issuer, text };
  return { key: null, text };
}

/** "the union", "a written release by the union": a description the actors layer already tied to one actor
 * (a descriptor mention) that is the phrase's head, or the author after a document head. */
const DOCUMENT_BY = /^(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+){0,2}([a-z]+)\s+(?:by|from|of)\s+/;
const NOUN_DOCUMENT = /^(?:the\s+)?([a-z]+)['’]s?\s+(?:[a-z-]+\s+)?([a-z]+)$/;
function describedActor(ctx: SpeakerContext, p: Phrase): LocalActor | undefined {
  // "union's statement": the actor an earlier "the union" was tied to, when all such mentions agree
  const owned = NOUN_DOCUMENT.exec(p.text);
  if (owned && DOCUMENT_HEADS.has(owned[2]!)) {
    const noun = owned[1]!;
    const back = ctx.mentionIndex
      .overlapping(0, p.start)
      .filter((m) => m.via === "descriptor" && new RegExp(`^(?:the|its|their)\\s+(?:[a-z-]+\\s+)?${noun}$`, "i").test(m.text));
    const keys = new Set(back.map((m) => m.actorKey));
    return keys.size === 1 ? ctx.actorByKey.get(back[0]!.actorKey) : undefined;
  }
  const doc = DOCUMENT_BY.exec(p.text);
  const from = doc && DOCUMENT_HEADS.has(doc[1]!) ? p.start + doc[0].length : p.start;
  const ms = ctx.mentionIndex.overlapping(from, p.end).filter((m) => m.start >= from && m.end <= p.end);
  if (!ms.length || ms.some((m) => m.via !== "descriptor") || ms[ms.length - 1]!.end < p.end - 1) return undefined;
  const keys = new Set(ms.map((m) => m.actorKey));
  return keys.size === 1 ? ctx.actorByKey.get(ms[0]!.actorKey) : undefined;
}

/** Head nouns too vague to point back to one actor by themselves. */
const VAGUE_HEADS = new Set([
  "source",
  "sources",
  "official",
  "officials",
  "people",
  "man",
  "woman",
  "person",
  "statement",
  "country",
  "city",
]);

/** "the airline", "the mayor", "the group": a definite common noun that points back to the one actor named
 * earlier whose name holds that noun ("Southwest Airlines", "the Wagner group") or whose role it is. Two such
 * actors leave it unresolved. */
function nominalReference(ctx: SpeakerContext, p: Phrase): LocalActor | undefined {
  const words = p.tokens.filter((t) => t.kind === "word");
  if (words.length < 2 || words.length > 3 || words[0]!.lower !== "the") return undefined;
  if (words.slice(1).some((t) => isCapitalized(t.text))) return undefined;
  const head = words[words.length - 1]!.lower;
  if (VAGUE_HEADS.has(head) || head.length < 3) return undefined;
  const forms = new Set([head, `${head}s`, head.replace(/s$/, "")]);
  const modifier = words.length === 3 ? words[1]!.lower : null;
  let found: LocalActor | undefined;
  for (const a of ctx.actors.actors) {
    const first = a.mentions[0];
    if (!first || first.start >= p.start || a.kind === "place" || a.kind === "country") continue;
    const nameWords = a.name.toLowerCase().split(/[\s-]+/);
    const roleWords = a.roles.flatMap((r) => r.toLowerCase().split(/\s+/));
    const all = [...nameWords, ...roleWords];
    if (!all.some((w) => forms.has(w))) continue;
    // "the police chief": the modifier must fit too.
    if (modifier && !all.includes(modifier) && !a.aliases.some((al) => al.toLowerCase().includes(`${modifier} ${head}`))) continue;
    if (found && found.key !== a.key) return undefined;
    found = a;
  }
  return found;
}

/** Words of an actor's name and roles, lower case, for a description to be tied to it. */
function describedBy(a: LocalActor): Set<string> {
  return new Set([a.name, ...a.roles].flatMap((r) => r.toLowerCase().split(/[\s-]+/)));
}

/** A lede that holds the name back: "The separatist rebel group has claimed … The Front for X (FX), an armed
 * rebel movement, said …". A description ("the/a … HEAD") that points back to nobody names the subject of the
 * next sentence (often the next paragraph) when that subject is an actor first named there whose name or role
 * shares a common-noun word with the description ("rebel"). Never a place or country, and not when the
 * description fits an actor named before it. */
function namedNext(ctx: SpeakerContext, p: Phrase, s: number): LocalActor | undefined {
  const words = p.tokens.filter((t) => t.kind === "word");
  if (words.length < 2 || words.length > 5 || !/^(?:the|a|an)$/.test(words[0]!.lower)) return undefined;
  const head = words[words.length - 1]!;
  if (isCapitalized(head.text) || VAGUE_HEADS.has(head.lower)) return undefined;
  const nouns = words
    .slice(1)
    .filter((t) => !isCapitalized(t.text) && t.lower.length > 2)
    .map((t) => t.lower.replace(/s$/, ""));
  const ties = (a: LocalActor, apposition = "") => {
    const own = describedBy(a);
    for (const w of apposition.toLowerCase().split(/[\s-]+/)) own.add(w);
    return nouns.some((n) => own.has(n) || own.has(`${n}s`));
  };
  const next = ctx.sentences[s + 1];
  if (!next) return undefined;
  const subj = mainSubject(ctx.tokensOf(s + 1), ctx.body);
  const a = subj ? resolveVariants(ctx, subj) : undefined;
  if (!a || a.kind === "place" || a.kind === "country" || (a.kind === "person") !== PERSON_HEADS.has(head.lower)) return undefined;
  const first = a.mentions[0];
  // the name's apposition describes it too: "X (FX), a mostly rural rebel movement, said"
  const apposition = subj ? (/^\s*,\s*(?:an?|the)\s+([^,.;]{1,80}),/.exec(ctx.body.slice(subj.end))?.[1] ?? "") : "";
  if (!first || first.start < next.start || !ties(a, apposition)) return undefined;
  // an actor named before the description that it fits as well: the description may be about that one
  for (const b of ctx.actors.actors) if (b.key !== a.key && (b.mentions[0]?.start ?? Infinity) < p.start && ties(b)) return undefined;
  return a;
}

/** "X said in a statement that … The statement added that …": "the statement" (a document noun with "the")
 * is the one the speaker of the sentence just before issued, when that sentence names a document of the
 * same kind ("in a statement", "a statement from X"). */
function documentIssuer(ctx: SpeakerContext, p: Phrase, s: number): string | null {
  const m = /^the\s+([a-zé]+)$/i.exec(p.text);
  if (!m || !DOCUMENT_HEADS.has(m[1]!.toLowerCase()) || s === 0) return null;
  const prev = ctx.sentences[s - 1];
  if (!prev || !new RegExp(`\\b${m[1]!.toLowerCase()}\\b`, "i").test(prev.text)) return null;
  const speakers = new Set(ctx.inSentence(s - 1).map((st) => st.speakerKey));
  return speakers.size === 1 ? ([...speakers][0] ?? null) : null;
}

/** Heads of a description of a person (the rest describe a body). */
const PERSON_HEADS = new Set(["spokesman", "spokeswoman", "spokesperson", "lawyer", "leader", "minister"]);

function compatible(ctx: SpeakerContext, key: string | null | undefined, kinds: ReadonlySet<ActorKind>): key is string {
  if (!key) return false;
  const a = ctx.actorByKey.get(key);
  return a !== undefined && kinds.has(a.kind);
}

/** he/she → a person, it/they → an organisation or group: the subject of this sentence when it comes
 * before the pronoun, else the speaker or subject of the previous sentences, else the nearest mention. */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, pos: number, s: number): string | null {
  const kinds = kindsForPronoun(pronoun);
  if (!kinds) return null;
  const subjectOf = (k: number): string | null => {
    const sent = ctx.tokensOf(k);
    if (!sent.length) return null;
    const subj = mainSubject(sent, ctx.body);
    if (!subj || subj.start >= pos || kindsForPronoun(subj.text)) return null;
    const a = resolveVariants(ctx, subj);
    return a && kinds.has(a.kind) ? a.key : null;
  };
  const here = subjectOf(s);
  if (here) return here;
  const first = ctx.sentences[s];
  // Only the sentence just before: reaching further back crosses sentences whose own subjects (often not
  // actors at all: "The claim … was denied by the ministry") would be the real referent.
  for (let k = s - 1; k >= Math.max(0, s - 1); k--) {
    // A sentence with statements: the latest compatible speaker of it.
    const said = ctx.inSentence(k).filter((st) => compatible(ctx, st.speakerKey, kinds));
    const last = said[said.length - 1];
    if (last?.speakerKey) return last.speakerKey;
    // “…,” the presidency said. “…,” it added.: the last speaker is the referent even when it names no known
    // actor; then the pronoun stays unresolved rather than going to someone else named nearby.
    if (k === s - 1 && ctx.inSentence(k).some((st) => unresolvedCompatible(st, pronoun))) return null;
    const subj = subjectOf(k);
    // "Ruiz met Holm on Monday. “…,” he said.": a sentence that names another compatible actor besides its
    // subject, and reports no speech, leaves the pronoun ambiguous (the subject is only the likelier reading).
    const sk0 = ctx.sentences[k];
    if (
      subj &&
      k < s &&
      sk0 &&
      ctx.mentionIndex.overlapping(sk0.start, sk0.end).some((m) => m.actorKey !== subj && compatible(ctx, m.actorKey, kinds))
    )
      return null;
    if (subj) return subj;
    // Someone else compatible is named in that sentence: do not reach further back past them.
    const sk = ctx.sentences[k];
    if (sk && ctx.mentionIndex.overlapping(sk.start, sk.end).some((m) => compatible(ctx, m.actorKey, kinds))) break;
    if (first && sk && sk.paragraph !== first.paragraph) break;
  }
  // The one compatible actor mentioned before the pronoun within this and the previous sentence; with
  // two or more candidates the pronoun is ambiguous and stays unresolved.
  const from = ctx.sentences[Math.max(0, s - 1)]?.start ?? 0;
  const candidates = new Set(
    ctx.mentionIndex
      .within(from, pos)
      // A name after "of" ("the secretary of X") is a complement, not the person the text makes speak or act
      // (for "it", "the General Staff of the army" does stand for the army).
      .filter(
        (m) => compatible(ctx, m.actorKey, kinds) && !ctx.quoted?.(m.start) && !(kinds === PERSON_KINDS && afterOf(ctx.body, m.start)),
      )
      .map((m) => m.actorKey),
  );
  if (candidates.size !== 1) return null;
  // A name the actors do not know ("R.B. Udhayakumar, the party's secretary, …") is a candidate too.
  for (let k = Math.max(0, s - 1); k <= s; k++) if (unknownName(ctx, ctx.tokensOf(k), pos)) return null;
  return [...candidates][0]!;
}

/** Whether the tokens before `pos` hold a run of two or more capitalised words (not opening the sentence)
 * that no actor mention covers: a name of someone the actors did not find. */
function unknownName(ctx: SpeakerContext, tokens: Token[], pos: number): boolean {
  let run = 0;
  for (let i = 0; i < tokens.length && tokens[i]!.start < pos; i++) {
    const t = tokens[i]!;
    const capital = t.kind === "word" && isCapitalized(t.text) && !TITLE_WORDS.has(t.lower) && i > 0;
    if (capital && !ctx.mentionIndex.overlapping(t.start, t.end).length) {
      if (++run >= 2) return true;
    } else run = 0;
  }
  return false;
}

/** A statement whose speaker is written as a noun phrase that names no known actor and could be what the
 * pronoun refers to: "the presidency" for "it", "a police officer" for "he" (never another pronoun). */
function unresolvedCompatible(st: LocalStatement, pronoun: string): boolean {
  if (st.speakerKey || !st.speakerText) return false;
  const text = st.speakerText.toLowerCase();
  if (kindsForPronoun(text) || NON_SPEAKER_PRONOUNS.has(text)) return false;
  const person =
    /\b(spokes(man|woman|person)|official|source|officer|minister|president|mayor|governor|man|woman|resident|witness|chief|leader)$/.test(
      text,
    );
  const group =
    /\b(office|presidency|ministry|government|army|police|agency|company|union|group|council|board|department|authority|authorities|military|junta|court|firm|party|movement|committee|service|forces)$/.test(
      text,
    );
  if (pronoun === "it") return group;
  if (pronoun === "they") return group || /s$/.test(text);
  return person;
}

const afterOf = (body: string, pos: number): boolean => /\bof\s+$/.test(body.slice(Math.max(0, pos - 4), pos));

/** "The Malian rebel group" is not the Malian army: a phrase whose head is a lower-case common noun names an
 * actor only when that noun is in the actor's name, an alias or a role ("the army", "the mayor"). */
function headFits(p: Phrase, a: LocalActor): boolean {
  const words = p.tokens.filter((t) => t.kind === "word");
  const last = words[words.length - 1];
  if (!last || words.length < 2 || isCapitalized(last.text) || /[^a-z-]/.test(last.lower)) return true;
  const head = last.lower;
  if (TITLE_WORDS.has(head) || REPRESENTATIVE_HEADS.has(head) || DOCUMENT_HEADS.has(head)) return true;
  const forms = [head, `${head}s`, head.replace(/s$/, "")];
  const names = [a.name, ...a.aliases, ...a.roles].map((x) => ` ${x.toLowerCase()} `);
  return names.some((n) => forms.some((f) => n.includes(` ${f} `)));
}
