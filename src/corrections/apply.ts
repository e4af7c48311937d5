// Applies editors' corrections on top of a freshly merged summary: a pure function run by the store after
// every build and live change. A correction finds its target by stable key (src/summary/keys.ts), never by
// position; one whose target (or the actor it names) is gone is returned as orphaned and changes nothing, so
// it is never applied to the wrong thing. Corrected items carry a `correction` mark that answers show. The
// input summary is never modified: changed items are copies.
import type { Actor, CorrectionMark, Event, Statement, Summary } from "../model/schema.js";
import { ACTOR_KINDS, isOneOf } from "../model/kinds.js";
import { actorKey, assignKeys, keyText } from "../summary/keys.js";
import { type Correction, type Orphan, parseDateValue } from "./types.js";

export interface Applied {
  summary: Summary;
  orphaned: Orphan[];
  /** How many corrections took effect. */
  applied: number;
}

/** How a correction's author is shown: `@name` from Discord, the bare name from the command line. */
export function shownBy(c: Pick<Correction, "by">): string {
  return c.by.via === "discord" ? `@${c.by.name}` : c.by.name;
}

function markOf(c: Correction): CorrectionMark {
  return { kind: c.kind, by: shownBy(c), at: c.at, why: c.why };
}

/** A summary whose items all have keys: the same object, or copies keyed when a hand-made one lacks them. */
function keyed(s: Summary): Summary {
  const all = [...s.actors, ...s.statements, ...s.events];
  if (all.every((x) => x.key !== undefined)) return s;
  return assignKeys({
    ...s,
    actors: s.actors.map((a) => ({ ...a })),
    statements: s.statements.map((x) => ({ ...x })),
    events: s.events.map((x) => ({ ...x })),
  });
}

/** Orders active corrections as made: by time, then by id. */
export function activeInOrder(corrections: readonly Correction[]): Correction[] {
  return corrections.filter((c) => !c.undone).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
}

export function applyCorrections(input: Summary, corrections: readonly Correction[]): Applied {
  const active = activeInOrder(corrections);
  if (active.length === 0) return { summary: input, orphaned: [], applied: 0 };
  const base = keyed(input);
  const actors = [...base.actors];
  const statements = [...base.statements];
  const events = [...base.events];
  const actorAt = new Map<string, number>();
  actors.forEach((a, i) => actorAt.set(a.key as string, i));
  const statementAt = new Map<string, number>();
  statements.forEach((s, i) => statementAt.set(s.key as string, i));
  const eventAt = new Map<string, number>();
  events.forEach((e, i) => eventAt.set(e.key as string, i));
  const usedIds = new Set(actors.map((a) => a.id));
  /** Merged-away actor keys → the key of the actor that absorbed them. */
  const redirect = new Map<string, string>();
  /** Actor ids replaced (merged: the new id) or removed (hidden: null), applied to every reference at the end. */
  const remap = new Map<string, string | null>();
  const hiddenActors = new Set<number>();
  const hiddenStatements = new Set<number>();
  const hiddenEvents = new Set<number>();
  const orphaned: Orphan[] = [];
  let applied = 0;

  const actorIndex = (key: string): number | undefined => {
    let k = key;
    for (let n = 0; redirect.has(k) && n < 100; n++) k = redirect.get(k) as string;
    const i = actorAt.get(k);
    return i === undefined || hiddenActors.has(i) ? undefined : i;
  };
  const editActor = (i: number, c: Correction, change: (a: Actor) => Partial<Actor>): Actor => {
    const a = actors[i] as Actor;
    const next = { ...a, ...change(a), correction: markOf(c) };
    actors[i] = next;
    return next;
  };
  const orphan = (c: Correction, reason: string) => orphaned.push({ correction: c, reason });

  for (const c of active) {
    switch (c.kind) {
      case "speaker": {
        const si = statementAt.get(c.target);
        if (si === undefined || hiddenStatements.has(si)) {
          orphan(c, "the statement is no longer in the corpus");
          continue;
        }
        let speaker: string | null = null;
        if (c.value !== null) {
          const ai = actorIndex(c.value);
          if (ai === undefined) {
            orphan(c, `the speaker “${c.value}” is no longer an actor`);
            continue;
          }
          speaker = (actors[ai] as Actor).id;
        }
        statements[si] = { ...(statements[si] as Statement), speaker, correction: markOf(c) };
        break;
      }
      case "hide": {
        const si = statementAt.get(c.target);
        const ei = eventAt.get(c.target);
        const ai = actorIndex(c.target);
        if (si !== undefined) hiddenStatements.add(si);
        else if (ei !== undefined) hiddenEvents.add(ei);
        else if (ai !== undefined) {
          hiddenActors.add(ai);
          remap.set((actors[ai] as Actor).id, null);
        } else {
          orphan(c, "nothing with this key is in the corpus any more");
          continue;
        }
        break;
      }
      case "date": {
        const ei = eventAt.get(c.target);
        const d = c.value === null ? null : parseDateValue(c.value);
        if (ei === undefined || hiddenEvents.has(ei)) {
          orphan(c, "the event is no longer in the corpus");
          continue;
        }
        if (!d) {
          orphan(c, `“${c.value}” is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
          continue;
        }
        const e = events[ei] as Event;
        events[ei] = { ...e, date: { ...e.date, value: d.value, precision: d.precision, basis: "explicit" }, correction: markOf(c) };
        break;
      }
      case "kind":
      case "alias-add":
      case "alias-remove":
      case "split":
      case "merge": {
        const ai = actorIndex(c.target);
        if (ai === undefined) {
          orphan(c, "the actor is no longer in the corpus");
          continue;
        }
        const v = (c.value ?? "").trim();
        const a = actors[ai] as Actor;
        if (c.kind === "kind") {
          if (!isOneOf(ACTOR_KINDS, v)) {
            orphan(c, `“${v}” is not an actor kind`);
            continue;
          }
          editActor(ai, c, () => ({ kind: v }));
        } else if (c.kind === "alias-add") {
          if (v === "") {
            orphan(c, "no alias given");
            continue;
          }
          editActor(ai, c, (x) => ({ aliases: x.aliases.includes(v) || x.name === v ? x.aliases : [...x.aliases, v] }));
        } else if (c.kind === "alias-remove") {
          const k = keyText(v);
          if (!a.aliases.some((x) => keyText(x) === k)) {
            orphan(c, `“${a.name}” no longer has the alias “${v}”`);
            continue;
          }
          editActor(ai, c, (x) => ({ aliases: x.aliases.filter((y) => keyText(y) !== k) }));
        } else if (c.kind === "merge") {
          const bi = actorIndex(v);
          if (bi === undefined) {
            orphan(c, `the actor “${v}” to merge is no longer in the corpus`);
            continue;
          }
          if (bi === ai) break;
          const b = actors[bi] as Actor;
          editActor(ai, c, (x) => ({
            aliases: [...new Set([...x.aliases, b.name, ...b.aliases])].filter((n) => n !== x.name),
            roles: [...new Set([...x.roles, ...b.roles])],
            articles: [...new Set([...x.articles, ...b.articles])],
            mentions: x.mentions + b.mentions,
          }));
          hiddenActors.add(bi);
          redirect.set(b.key as string, a.key as string);
          remap.set(b.id, a.id);
          for (const [from, to] of remap) if (to === b.id) remap.set(from, a.id);
        } else {
          // split: the alias becomes an actor of its own, and takes the statements whose speaker is written so
          const k = keyText(v);
          const alias = a.aliases.find((x) => keyText(x) === k);
          if (!alias) {
            orphan(c, `“${a.name}” no longer has the alias “${v}”`);
            continue;
          }
          let key = actorKey(alias);
          for (let n = 2; actorAt.has(key); n++) key = `${actorKey(alias)}~${n}`;
          let id = actorKey(alias);
          for (let n = 2; usedIds.has(id); n++) id = `${actorKey(alias)}-${n}`;
          usedIds.add(id);
          editActor(ai, c, (x) => ({ aliases: x.aliases.filter((y) => y !== alias) }));
          const articles = new Set<string>();
          let mentions = 0;
          statements.forEach((s, i) => {
            if (s.speaker === a.id && s.speakerText && keyText(s.speakerText) === k) {
              statements[i] = { ...s, speaker: id, correction: markOf(c) };
              articles.add(s.article);
              mentions++;
            }
          });
          const fresh: Actor = {
            id,
            key,
            name: alias,
            kind: a.kind,
            aliases: [],
            roles: [],
            articles: [...articles],
            mentions,
            correction: markOf(c),
          };
          actorAt.set(key, actors.length);
          actors.push(fresh);
        }
        break;
      }
    }
    applied++;
  }

  const mapId = (id: string | null): string | null => (id !== null && remap.has(id) ? (remap.get(id) as string | null) : id);
  const mapIds = (ids: readonly string[]): string[] => {
    const out: string[] = [];
    for (const id of ids) {
      const m = mapId(id);
      if (m !== null && !out.includes(m)) out.push(m);
    }
    return out;
  };
  const touches = (ids: readonly (string | null)[]) => remap.size > 0 && ids.some((id) => id !== null && remap.has(id));
  const outStatements: Statement[] = [];
  statements.forEach((s, i) => {
    if (hiddenStatements.has(i)) return;
    if (!touches([s.speaker, s.addresseeId, ...s.mentions])) return void outStatements.push(s);
    outStatements.push({ ...s, speaker: mapId(s.speaker), addresseeId: mapId(s.addresseeId), mentions: mapIds(s.mentions) });
  });
  const outEvents: Event[] = [];
  events.forEach((e, i) => {
    if (hiddenEvents.has(i)) return;
    if (!touches([e.place, ...e.actors])) return void outEvents.push(e);
    outEvents.push({ ...e, place: mapId(e.place), actors: mapIds(e.actors) });
  });
  return {
    summary: { ...base, actors: actors.filter((_, i) => !hiddenActors.has(i)), statements: outStatements, events: outEvents },
    orphaned,
    applied,
  };
}
