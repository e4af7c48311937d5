// Statements through the real pipeline (loader, sentences, actors, statements, merge) on articles in styles the
// gold fixtures do not cover: wire copy with a dateline, an AFP-style conflict report, a local-news piece.
// Each row: the sentence's quote or clause, and the speaker's name (null: nobody named, so abstain).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { extractArticle } from "../../src/extract/index.js";
import { mergeExtractions } from "../../src/summary/merge.js";

const ARTICLES: Record<string, string> = {
  s_wire: `Port workers in Valdoria extend strike over pay

LISBOA, March 4 (Reuters) - Dock workers at Valdoria's main container port extended their strike for a third week on Tuesday, union leaders said, as talks with the port authority broke down.

"We are not going back until the offer is on paper," Joana Pires, head of the Dockers' Union, told Reuters by telephone.

A spokesman for the authority, who asked not to be named, said the strike was costing shippers about $4 million a day.

Transport Minister Rui Alves warned on Monday that the government could order workers back. "Nobody wins from a long shutdown," he said.
`,
  s_conflict: `Rebels seize border crossing, army vows to retake it

Army spokesman General Sylvain Ekenge said the military would recover the post. He accused Rwanda of supporting the rebels, a charge Kigali has repeatedly denied.

Board member Tom Reilly, the lone vote against, said the savings were too small to justify the loss.
`,
};

const WANT: [string, string, string | null][] = [
  ["s_wire", "We are not going back until the offer is on paper", "Joana Pires"],
  ["s_wire", "the strike was costing shippers about $4 million a day", null],
  ["s_wire", "the government could order workers back", "Rui Alves"],
  ["s_wire", "Nobody wins from a long shutdown", "Rui Alves"],
  ["s_conflict", "the military would recover the post", "Sylvain Ekenge"],
  ["s_conflict", "the savings were too small to justify the loss", "Tom Reilly"],
];

describe("statements on articles in other house styles", async () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-styles-"));
  for (const [id, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, `${id}.txt`), text);
  const { articles, warnings } = await loadCorpus(dir);
  const summary = mergeExtractions(
    dir,
    articles.map((a) => extractArticle(a)),
    warnings,
  );
  const nameOf = (id: string | null) => (id ? (summary.actors.find((a) => a.id === id)?.name ?? id) : null);

  it.each(WANT)("%s: %j is attributed to %s", (article, text, speaker) => {
    const found = summary.statements.filter((s) => s.article === article && s.text === text);
    expect(found.map((s) => s.text)).toEqual([text]);
    expect(nameOf(found[0]!.speaker)).toBe(speaker);
  });

  it("attributes nothing to a request for anonymity or to the subject of 'a charge X denied'", () => {
    expect(summary.statements.filter((s) => /not to be named/.test(s.text))).toEqual([]);
    const rwanda = summary.statements.filter((s) => s.article === "s_conflict" && /^He accused/.test(s.text));
    expect(rwanda).toEqual([]);
  });
});
