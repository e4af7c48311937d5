// Hand-built per-article extractions for the merge tests.
import type { ActorKind } from "../../src/model/schema.js";
import type { ArticleExtraction, LocalEvent, LocalStatement } from "../../src/extract/types.js";

export type A = { key?: string; name: string; kind: ActorKind; aliases?: string[]; roles?: string[]; mentionCount?: number };

export function extraction(
  id: string,
  actors: A[],
  statements: Partial<LocalStatement>[] = [],
  events: Partial<LocalEvent>[] = [],
): ArticleExtraction {
  return {
    article: {
      id,
      title: null,
      source: null,
      byline: null,
      url: null,
      published: { value: null, basis: "none" },
      pageDate: null,
      file: `${id}.txt`,
      hash: "0",
      sentenceCount: 3,
    },
    actors: actors.map((a) => ({
      key: a.key ?? a.name.toLowerCase(),
      name: a.name,
      kind: a.kind,
      aliases: a.aliases ?? [],
      roles: a.roles ?? [],
      mentionCount: a.mentionCount ?? 1,
    })),
    statements: statements.map((s) => ({
      speakerKey: null,
      speakerText: null,
      kind: "direct",
      text: "words",
      cue: "said",
      addressee: null,
      addresseeKey: null,
      mentionKeys: [],
      sentence: 0,
      span: { start: 0, end: 5 },
      ...s,
    })),
    events: events.map((e) => ({
      date: { value: null, precision: "none", basis: "none", asWritten: null },
      summary: "something happened",
      actorKeys: [],
      placeKey: null,
      sentence: 1,
      span: { start: 0, end: 5 },
      ...e,
    })),
  };
}
