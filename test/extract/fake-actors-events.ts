// A small stand-in for the actors module in the events tests: actors are given by name (and aliases) with a
// kind, and every occurrence of a name in the body is a mention. Enough for `mentionsIn` and kinds.
import type { ActorKind } from "../../src/model/schema.js";
import type { ArticleActors, LocalActor, Mention } from "../../src/extract/types.js";

export interface FakeActor {
  name: string;
  kind: ActorKind;
  aliases?: string[];
}

export const keyOf = (name: string): string => name.toLowerCase();

export function fakeActors(body: string, list: FakeActor[]): ArticleActors {
  const actors: LocalActor[] = list.map((a) => ({
    key: keyOf(a.name),
    name: a.name,
    kind: a.kind,
    aliases: a.aliases ?? [],
    roles: [],
    mentions: [],
  }));
  const mentions: Mention[] = [];
  for (const actor of actors) {
    for (const written of [actor.name, ...actor.aliases]) {
      const re = new RegExp(`(?<![\\p{L}])${written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
      for (const m of body.matchAll(re)) {
        const mention: Mention = {
          actorKey: actor.key,
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
          sentence: 0,
          via: written === actor.name ? "name" : "alias",
        };
        actor.mentions.push(mention);
        mentions.push(mention);
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    actors,
    mentions,
    resolve: (phrase) => actors.find((a) => a.name === phrase || a.aliases.includes(phrase)),
    mentionsIn: (start, end) => mentions.filter((m) => m.start < end && m.end > start),
  };
}
