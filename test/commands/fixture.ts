// A hand-made summary for the search, command and CLI tests, so they do not depend on the extraction. It is
// shaped like the seed stories (an NGO letter with no date; a page-dated report of an attack) plus a third,
// dated article with look-alike names (typo and ranking traps) and a denial.
import { buildSearchIndex } from "../../src/search/index.js";
import type { CommandContext } from "../../commands/reply.js";
import type { Actor, Event, Statement, Summary } from "../../src/model/schema.js";

function actor(id: string, name: string, kind: Actor["kind"], aliases: string[], roles: string[], articles: string[], mentions: number): Actor {
  return { id, name, kind, aliases, roles, articles, mentions };
}

let spanAt = 0;
function st(
  article: string,
  n: number,
  speaker: string | null,
  speakerText: string | null,
  kind: Statement["kind"],
  text: string,
  cue: string | null,
  mentions: string[],
  sentence: number,
): Statement {
  spanAt += 10;
  return { id: `${article}:s${n}`, speaker, speakerText, kind, text, cue, addressee: null, addresseeId: null, mentions, article, sentence, span: { start: spanAt, end: spanAt + text.length } };
}

function ev(article: string, n: number, date: Event["date"], summary: string, actors: string[], sentence: number, place: string | null = null): Event {
  return { id: `${article}:e${n}`, date, summary, actors, place, article, sentence, span: { start: sentence * 100, end: sentence * 100 + 50 } };
}

export function makeSummary(): Summary {
  spanAt = 0;
  const A1 = "ngo-letter";
  const A2 = "attack-report";
  const A3 = "harbour-news";
  return {
    version: 1,
    corpus: "/tmp/fixture",
    articles: [
      { id: A1, title: null, source: null, byline: null, url: null, published: { value: null, basis: "none" }, pageDate: null, file: `${A1}.txt`, hash: "h1", sentenceCount: 12 },
      { id: A2, title: "Former Separatists Attacked", source: "World Weekly News", byline: "Adrian Ovalle", url: "https://example.org/a2", published: { value: "2023-12-11", basis: "page-header" }, pageDate: "2023-12-11", file: `${A2}.txt`, hash: "h2", sentenceCount: 14 },
      { id: A3, title: "Harbour strike ends", source: "Coast Daily", byline: null, url: null, published: { value: "2023-11-20", basis: "metadata" }, pageDate: null, file: `${A3}.md`, hash: "h3", sentenceCount: 8 },
    ],
    actors: [
      actor("amazigh-world-assembly", "Amazigh World Assembly", "organization", ["AMA", "The NGO"], ["NGO"], [A1], 6),
      actor("rachid-raha", "Rachid Raha", "person", ["Raha", "AMA President", "Rachid Raha of Morocco"], ["President of the Amazigh World Assembly"], [A1], 7),
      actor("rahma-haddou", "Rahma Haddou", "person", ["Haddou"], ["harbour master"], [A3], 2),
      actor("wagner-group", "Wagner group", "armed-group", ["Wagner", "Russian armed group Wagner"], ["Russian armed group"], [A1, A2], 8),
      actor("wagner-moura", "Wagner Moura", "person", ["Moura"], ["actor"], [A3], 1),
      actor("azawad-movement-co-ordination", "Azawad Movement Co-ordination", "armed-group", ["CMA", "The coordination", "Former Tuareg separatists"], ["alliance of mainly Tuareg groups"], [A2], 6),
      actor("azawad", "Azawad", "place", [], [], [A1], 4),
      actor("malian-army", "Malian army", "armed-group", ["Fama", "FAMa", "Mali Army", "the army"], [], [A1, A2], 5),
      actor("government-of-mali", "Government of Mali", "government", ["Bamako", "The regime in Bamako", "the military council"], [], [A1, A2], 6),
      actor("mali", "Mali", "country", ["northern Mali"], [], [A1, A2], 6),
      actor("muhammad-al-mawloud-ramadan", "Muhammad al-Mawloud Ramadan", "person", ["Ramadan"], ["spokesman of the Azawad Movement Co-ordination"], [A2], 2),
      actor("russia", "Russia", "country", ["the regular Russian army"], [], [A2], 2),
      actor("bir", "Bir", "place", ["the city of Bir"], ["city in the Timbuktu region"], [A2], 1),
      actor("tuareg", "Tuareg", "ethnic-group", ["Touareg"], [], [A1, A2], 5),
      actor("port-authority", "Port Authority", "organization", ["the authority"], [], [A3], 3),
      actor("dockworkers-union", "Dockworkers' Union", "organization", ["the union"], [], [A3], 3),
      actor("adrian-ovalle", "Adrian Ovalle", "person", [], ["Editor at World Weekly News", "author"], [A2], 1),
    ],
    statements: [
      st(A1, 0, "amazigh-world-assembly", "The Amazigh World Assembly (AMA)", "direct", "the ongoing genocide against the Tuareg and Moorish populations of Azawad", "has written", ["tuareg", "azawad"], 2),
      st(A1, 1, "rachid-raha", "AMA President Rachid Raha of Morocco", "direct", "ethnic cleansing operations against the civilian populations of Azawad", "condemns", ["azawad"], 3),
      st(A1, 2, "rachid-raha", "AMA President Rachid Raha of Morocco", "direct", "Malian military forces with the support of Russian mercenary militias from the 'Wagner' group", "condemns", ["malian-army", "wagner-group"], 3),
      st(A1, 3, "rachid-raha", null, "direct", "This deafening silence makes our African states notorious accomplices", null, [], 5),
      st(A1, 4, null, null, "direct", "Nobody knows who wrote this line about Wagner", "wrote", ["wagner-group"], 9),
      st(A2, 0, "azawad-movement-co-ordination", "Former Tuareg separatists in northern Mali", "indirect", "their forces were attacked by the army and the Russian armed group Wagner on Friday", "announced", ["malian-army", "wagner-group"], 0),
      st(A2, 1, "azawad-movement-co-ordination", "The Azawad Movement Co-ordination", "direct", "responded to a combined attack by Fama (Mali army) and Wagner", "confirmed", ["malian-army", "wagner-group", "bir"], 1),
      st(A2, 2, "muhammad-al-mawloud-ramadan", "spokesman Muhammad al-Mawloud Ramadan", "direct", "We call on the international community to witness these dangerous acts", "said", [], 2),
      st(A2, 3, "muhammad-al-mawloud-ramadan", "spokesman Muhammad al-Mawloud Ramadan", "direct", "a violation of all security obligations and measures", "calling", [], 2),
      st(A2, 4, "malian-army", "the Malian army", "direct", "strongly responded", "announced", [], 3),
      st(A2, 5, "azawad-movement-co-ordination", "the former Tuareg separatists", "indirect", "all of their representatives had left Bamako for “security” reasons", "announced", ["government-of-mali"], 4),
      st(A2, 6, "government-of-mali", "The regime in Bamako", "indirect", "foreign military instructors in Mali do not belong to the Wagner group, but to the regular Russian army", "claims", ["mali", "wagner-group", "russia"], 11),
      st(A3, 0, "dockworkers-union", "the union", "indirect", "the Port Authority cut wages by a third", "said", ["port-authority"], 1),
      st(A3, 1, "port-authority", "the authority", "indirect", "it never cut wages", "denied", ["port-authority"], 2),
      st(A3, 2, "rahma-haddou", "harbour master Rahma Haddou", "direct", "The ships will sail again on Monday", "said", [], 4),
      st(A3, 3, "dockworkers-union", "the union", "direct", "We will be back at the gates tomorrow", "said", [], 5),
      st(A3, 4, "dockworkers-union", "the union", "direct", "Our members voted to end the strike", "said", [], 6),
      st(A3, 5, "dockworkers-union", "the union", "direct", "Wages must rise with prices", "said", [], 7),
      st(A3, 6, "dockworkers-union", "the union", "indirect", "the talks would resume next week", "added", [], 7),
      st(A3, 7, "dockworkers-union", "the union", "direct", "Nobody goes back without a contract", "warned", [], 7),
    ],
    events: [
      ev(A2, 0, { value: "2015", precision: "year", basis: "explicit", asWritten: "in 2015" }, "The CMA signs a peace agreement with the government of Mali", ["azawad-movement-co-ordination", "government-of-mali"], 9),
      ev(A2, 1, { value: "2020", precision: "year", basis: "explicit", asWritten: "since 2020" }, "A military council rules Mali", ["government-of-mali"], 4),
      ev(A2, 2, { value: "2023-12-08", precision: "day", basis: "relative-to-page-date", asWritten: "on Friday" }, "CMA forces attacked by the Malian army and Wagner in Bir", ["azawad-movement-co-ordination", "malian-army", "wagner-group"], 0, "bir"),
      ev(A2, 3, { value: "2023-12-07", precision: "day", basis: "relative-to-page-date", asWritten: "On Thursday" }, "The CMA's representatives leave Bamako", ["azawad-movement-co-ordination"], 4),
      ev(A1, 0, { value: "--12-01", precision: "month-day", basis: "explicit", asWritten: "On December 1" }, "Tuareg representatives in Morocco submit a letter to the Moroccan Ministry of Foreign Affairs", ["tuareg"], 11),
      ev(A1, 1, { value: null, precision: "none", basis: "none", asWritten: null }, "The Amazigh World Assembly writes to the Chairman of the African Union", ["amazigh-world-assembly", "rachid-raha"], 2),
      ev(A3, 0, { value: "2023-11-19", precision: "day", basis: "relative-to-publication", asWritten: "yesterday" }, "Dockworkers vote to end the harbour strike", ["dockworkers-union"], 6),
      ev(A3, 1, { value: null, precision: "none", basis: "unresolved", asWritten: "on Tuesday" }, "The Port Authority meets the union", ["port-authority", "dockworkers-union"], 3),
    ],
    warnings: [],
  };
}

export function makeContext(summary: Summary = makeSummary()): CommandContext {
  return { summary, search: buildSearchIndex(summary) };
}
