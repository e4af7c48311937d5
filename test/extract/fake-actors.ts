// A small stand-in for the actors module in statement tests: actors from a list of {name, kind, aliases};
// mentions found by exact, case-sensitive search of each name and alias; `resolve` matches a phrase to a name
// or alias ignoring case and a leading "the".
import type { ActorKind } from "../../src/model/schema.js";
import type { ArticleActors, LocalActor, Mention } from "../../src/extract/types.js";

export interface FakeActor {
  name: string;
  kind: ActorKind;
  aliases?: string[];
}

const norm = (s: string) =>
  s
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function fakeActors(body: string, list: FakeActor[]): ArticleActors {
  const actors: LocalActor[] = list.map((a) => ({
    key: a.name.toLowerCase(),
    name: a.name,
    kind: a.kind,
    aliases: a.aliases ?? [],
    roles: [],
    mentions: [],
  }));
  const mentions: Mention[] = [];
  for (const a of actors) {
    for (const n of [a.name, ...a.aliases]) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n)}(?![\\p{L}\\p{N}])`, "gu");
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const start = m.index;
        const end = start + m[0].length;
        if (mentions.some((x) => x.start < end && start < x.end)) continue;
        const mention: Mention = { actorKey: a.key, text: m[0], start, end, sentence: 0, via: n === a.name ? "name" : "alias" };
        mentions.push(mention);
        a.mentions.push(mention);
      }
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  return {
    actors,
    mentions,
    resolve(phrase: string) {
      const p = norm(phrase);
      const hits = actors.filter((a) => [a.name, ...a.aliases].some((n) => norm(n) === p));
      return hits.length === 1 ? hits[0] : undefined;
    },
    mentionsIn(start: number, end: number) {
      return mentions.filter((m) => m.start < end && start < m.end);
    },
  };
}
