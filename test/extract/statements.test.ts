import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/corpus/types.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { extractStatements } from "../../src/extract/statements.js";
import type { LocalStatement } from "../../src/extract/types.js";
import { fakeActors, type FakeActor } from "./fake-actors.js";

const CAST: FakeActor[] = [
  { name: "Lena Okafor", kind: "person", aliases: ["Okafor", "union leader"] },
  { name: "Daniel Brandt", kind: "person", aliases: ["Brandt"] },
  { name: "Farm Workers Union", kind: "organization", aliases: ["FWU"] },
  { name: "Northern Rail", kind: "organization" },
  { name: "Ministry of Health", kind: "government" },
  { name: "River Basin Authority", kind: "organization" },
  { name: "Radio Nord", kind: "media" },
];

function run(body: string): LocalStatement[] {
  const doc = { id: "t", body } as CleanArticle;
  return extractStatements(doc, splitSentences(body), fakeActors(body, CAST));
}

type Want = { kind: "direct" | "indirect"; text: string; speaker: string | null; cue: string | null };
const brief = (s: LocalStatement): Want => ({ kind: s.kind, text: s.text, speaker: s.speakerKey, cue: s.cue });

const okafor = "lena okafor";
const brandt = "daniel brandt";
const fwu = "farm workers union";
const rail = "northern rail";
const health = "ministry of health";
const basin = "river basin authority";

describe("extractStatements", () => {
  it.each<[string, string, Want[]]>([
    [
      "inverted cue after the quote",
      "“Prices will keep rising this winter,” said Lena Okafor, the union's economist.",
      [{ kind: "direct", text: "Prices will keep rising this winter", speaker: okafor, cue: "said" }],
    ],
    [
      "title phrase then cue after the quote",
      "«We were never consulted about the closure», the union leader told Radio Nord.",
      [{ kind: "direct", text: "We were never consulted about the closure", speaker: okafor, cue: "told" }],
    ],
    [
      "quote split around its cue",
      "“The line will reopen,” Brandt said, “but not before spring.”",
      [
        { kind: "direct", text: "The line will reopen", speaker: brandt, cue: "said" },
        { kind: "direct", text: "but not before spring", speaker: brandt, cue: "said" },
      ],
    ],
    [
      "colon-led quote, no duplicate indirect",
      "The Ministry of Health said: “Vaccination centres stay open over the holiday.”",
      [{ kind: "direct", text: "Vaccination centres stay open over the holiday", speaker: health, cue: "said" }],
    ],
    [
      "fragments inside reported speech share the speaker",
      "The Farm Workers Union condemned «the unlawful seizure of grain stores», carried out by «armed men in unmarked trucks».",
      [
        { kind: "direct", text: "the unlawful seizure of grain stores", speaker: fwu, cue: "condemned" },
        { kind: "direct", text: "armed men in unmarked trucks", speaker: fwu, cue: "condemned" },
      ],
    ],
    [
      "scare quotes are not statements",
      "Northern Rail blamed the delays on a “signal fault” and cited “safety” concerns.",
      [{ kind: "indirect", text: "the delays on a “signal fault” and cited “safety” concerns", speaker: rail, cue: "blamed" }],
    ],
    [
      "a callsign or a nickname in quotes is a name, not speech",
      "Northern Rail said its trains were led by Tom Grey, whose callsign was “Falcon”, near the coast.",
      [
        {
          kind: "indirect",
          text: "its trains were led by Tom Grey, whose callsign was “Falcon”, near the coast",
          speaker: rail,
          cue: "said",
        },
      ],
    ],
    [
      "a target verb does not make a short quote speech",
      "The minister spoke on Monday, blaming “saboteurs” for the outage.",
      [{ kind: "indirect", text: "“saboteurs” for the outage", speaker: null, cue: "blaming" }],
    ],
    [
      "'described as' makes a one-word quote a statement",
      "Okafor criticized what she described as «sabotage».",
      [
        { kind: "indirect", text: "what she described as «sabotage»", speaker: okafor, cue: "criticized" },
        { kind: "direct", text: "sabotage", speaker: okafor, cue: "described as" },
      ],
    ],
    [
      "a short quote governed by a verb of saying",
      "Northern Rail announced it had “fully restored” service.",
      [
        { kind: "indirect", text: "it had “fully restored” service", speaker: rail, cue: "announced" },
        { kind: "direct", text: "fully restored", speaker: rail, cue: "announced" },
      ],
    ],
    [
      "that-clause after an adjunct",
      "The River Basin Authority confirmed on Tuesday that water levels had fallen overnight.",
      [{ kind: "indirect", text: "water levels had fallen overnight", speaker: basin, cue: "confirmed" }],
    ],
    [
      "a that-clause whose subject runs to six words",
      "The River Basin Authority claims that seasonal workers from the north do not need permits.",
      [{ kind: "indirect", text: "seasonal workers from the north do not need permits", speaker: basin, cue: "claims" }],
    ],
    [
      "he → the person of the sentence before",
      "Daniel Brandt arrived late at the site. He said the contract had been signed.",
      [{ kind: "indirect", text: "the contract had been signed", speaker: brandt, cue: "said" }],
    ],
    [
      "they → the organisation of the sentence before",
      "The Farm Workers Union met with growers on Monday. They warned that the harvest could fail.",
      [{ kind: "indirect", text: "the harvest could fail", speaker: fwu, cue: "warned" }],
    ],
    [
      "a quote with no verb continues the speaker before it",
      "“We lost everything,” Okafor said. “The water came in the night.”",
      [
        { kind: "direct", text: "We lost everything", speaker: okafor, cue: "said" },
        { kind: "direct", text: "The water came in the night", speaker: okafor, cue: null },
      ],
    ],
    [
      "a bare name before a quote is a caption, the cue after wins",
      "Lena Okafor «The fields are still under water», Brandt explained.",
      [{ kind: "direct", text: "The fields are still under water", speaker: brandt, cue: "explained" }],
    ],
    [
      "an unknown subject stays unresolved",
      "A local farmer said the river had burst its banks.",
      [{ kind: "indirect", text: "the river had burst its banks", speaker: null, cue: "said" }],
    ],
    [
      "a participle clause takes the main clause's subject",
      "The Ministry of Health issued new guidance, urging hospitals to cancel routine surgery.",
      [{ kind: "indirect", text: "hospitals to cancel routine surgery", speaker: health, cue: "urging" }],
    ],
    [
      "according to, leading",
      "According to the River Basin Authority, three dams are at risk.",
      [{ kind: "indirect", text: "three dams are at risk", speaker: basin, cue: "According to" }],
    ],
    [
      "according to, trailing",
      "Three dams are at risk of collapse, according to the River Basin Authority.",
      [{ kind: "indirect", text: "Three dams are at risk of collapse", speaker: basin, cue: "according to" }],
    ],
    [
      "according to after a quote",
      "“Three dams are at risk of collapse,” according to the River Basin Authority.",
      [{ kind: "direct", text: "Three dams are at risk of collapse", speaker: basin, cue: "according to" }],
    ],
    ["passive is not a cue", "Brandt was told to leave the site.", []],
    ["nouns are not cues", "The claims of fraud were never proven in court.", []],
    [
      "a coordinated verb keeps the subject",
      "Okafor said the talks were “going nowhere” and accused Northern Rail of stalling.",
      [
        { kind: "indirect", text: "the talks were “going nowhere”", speaker: okafor, cue: "said" },
        { kind: "direct", text: "going nowhere", speaker: okafor, cue: "said" },
        { kind: "indirect", text: "Northern Rail of stalling", speaker: okafor, cue: "accused" },
      ],
    ],
    [
      "first person inside a quote is not a speaker",
      "“I told them we would strike,” Okafor said.",
      [{ kind: "direct", text: "I told them we would strike", speaker: okafor, cue: "said" }],
    ],
    [
      "an unnamed speaker is null, as written",
      "“We will appeal,” the lawyer said.",
      [{ kind: "direct", text: "We will appeal", speaker: null, cue: "said" }],
    ],
    [
      "a quote over two paragraphs",
      "«First we lost the harvest.\n\n«Then we lost the house», Okafor said.",
      [{ kind: "direct", text: "First we lost the harvest. Then we lost the house", speaker: okafor, cue: "said" }],
    ],
    [
      "content stops at a participle clause",
      "The Farm Workers Union announced that its members would strike, raising fears of shortages.",
      [{ kind: "indirect", text: "its members would strike", speaker: fwu, cue: "announced" }],
    ],
    ["an idiom is not speech", "The Farm Workers Union is calling attention to the drought.", []],
    [
      "a base form after a plural pronoun",
      "The Farm Workers Union met in March. They criticize the lack of support for growers.",
      [{ kind: "indirect", text: "the lack of support for growers", speaker: fwu, cue: "criticize" }],
    ],
    ["a quote after a determiner is a title, not speech", "The report, titled “Dry Years”, was published on Monday.", []],
    [
      "perfect tense cue keeps its auxiliary",
      "The Farm Workers Union has written to the minister about «the collapse of grain prices this year».",
      [{ kind: "direct", text: "the collapse of grain prices this year", speaker: fwu, cue: "has written" }],
    ],
    [
      "an appositive subject",
      "The Farm Workers Union, a growers' lobby, said members would stop deliveries.",
      [{ kind: "indirect", text: "members would stop deliveries", speaker: fwu, cue: "said" }],
    ],
    [
      "British single quotes around a plural possessive",
      "‘The growers’ case is strong,’ said Lena Okafor.",
      [{ kind: "direct", text: "The growers’ case is strong", speaker: okafor, cue: "said" }],
    ],
    [
      "a relative clause between subject and verb",
      "Northern Rail, which runs the coastal line, said it had hired extra staff.",
      [{ kind: "indirect", text: "it had hired extra staff", speaker: rail, cue: "said" }],
    ],
    [
      "'that' as a determiner is part of the object",
      "Okafor dismissed that report as rumour.",
      [{ kind: "indirect", text: "that report as rumour", speaker: okafor, cue: "dismissed" }],
    ],
    [
      "a cue ending the paragraph before with a colon",
      "Brandt explained:\n\n“The bridge needs a new deck before it can carry trains.”",
      [{ kind: "direct", text: "The bridge needs a new deck before it can carry trains", speaker: brandt, cue: "explained" }],
    ],
    [
      "a weekday after the cue is not part of the content",
      "Northern Rail said Tuesday it would cut two routes.",
      [{ kind: "indirect", text: "it would cut two routes", speaker: rail, cue: "said" }],
    ],
    [
      "a spokesman speaks for an organisation",
      "A spokesman for Northern Rail said the trains would run again on Friday.",
      [{ kind: "indirect", text: "the trains would run again on Friday", speaker: rail, cue: "said" }],
    ],
    [
      "a person's spokesman is not the person",
      "Brandt's spokesman said the trains would run again on Friday.",
      [{ kind: "indirect", text: "the trains would run again on Friday", speaker: null, cue: "said" }],
    ],
    [
      "a quote then a coordinated verb keeps the subject",
      "Brandt told Radio Nord the line was “beyond repair” and insisted the closure was final.",
      [
        { kind: "indirect", text: "the line was “beyond repair”", speaker: brandt, cue: "told" },
        { kind: "direct", text: "beyond repair", speaker: brandt, cue: "told" },
        { kind: "indirect", text: "the closure was final", speaker: brandt, cue: "insisted" },
      ],
    ],
    [
      "'quoted as saying' takes the subject of the passive",
      "Okafor was quoted as saying that the harvest was lost.",
      [{ kind: "indirect", text: "the harvest was lost", speaker: okafor, cue: "saying" }],
    ],
    [
      "a participle after a verb between two names",
      "The River Basin Authority fined Northern Rail on Friday, saying the company had polluted the river.",
      [{ kind: "indirect", text: "the company had polluted the river", speaker: basin, cue: "saying" }],
    ],
    [
      "a question put to someone is not their statement",
      "Asked whether the line would reopen, Brandt said: “Not this year.”",
      [{ kind: "direct", text: "Not this year", speaker: brandt, cue: "said" }],
    ],
    [
      "a participle adjective is not a cue",
      "In a note posted on its website, Northern Rail said it would refund tickets.",
      [{ kind: "indirect", text: "it would refund tickets", speaker: rail, cue: "said" }],
    ],
    [
      "an approximating preposition opens a clause",
      "The Ministry of Health said about 300 people were treated.",
      [{ kind: "indirect", text: "about 300 people were treated", speaker: health, cue: "said" }],
    ],
    [
      "a question with an inverted 'asked'",
      "“Who will pay for the repairs?” asked Lena Okafor.",
      [{ kind: "direct", text: "Who will pay for the repairs?", speaker: okafor, cue: "asked" }],
    ],
    [
      "an object verb after a quote takes no indirect content",
      "“Stay off the tracks,” Northern Rail urged travellers in a notice.",
      [{ kind: "direct", text: "Stay off the tracks", speaker: rail, cue: "urged" }],
    ],
    [
      "a number with a thousands separator inside a relative clause",
      "The Farm Workers Union, which has 40,000 members, said the strike would go on.",
      [{ kind: "indirect", text: "the strike would go on", speaker: fwu, cue: "said" }],
    ],
    [
      "a negated modal is a verb",
      "Brandt says the company cannot pay the fine.",
      [{ kind: "indirect", text: "the company cannot pay the fine", speaker: brandt, cue: "says" }],
    ],
    [
      "a predicate noun in quotes after a verb of saying",
      "Okafor said the ruling was a “betrayal”.",
      [
        { kind: "indirect", text: "the ruling was a “betrayal”", speaker: okafor, cue: "said" },
        { kind: "direct", text: "betrayal", speaker: okafor, cue: "said" },
      ],
    ],
    [
      "a naming verb with a determiner before the quote",
      "Brandt called the timetable a “fantasy”.",
      [{ kind: "direct", text: "fantasy", speaker: brandt, cue: "called" }],
    ],
    [
      "a term inside a prepositional phrase stays a scare quote",
      "Northern Rail said it had responded to a “technical incident”.",
      [{ kind: "indirect", text: "it had responded to a “technical incident”", speaker: rail, cue: "said" }],
    ],
    [
      "a document speaks for its author",
      "“Services will resume on Monday,” according to a statement from Northern Rail.",
      [{ kind: "direct", text: "Services will resume on Monday", speaker: rail, cue: "according to" }],
    ],
    [
      "a trailing cue reports the clause before it",
      "Floodwater reached the station on Monday, officials said.",
      [{ kind: "indirect", text: "Floodwater reached the station on Monday", speaker: null, cue: "said" }],
    ],
    [
      "an inverted trailing cue",
      "The bridge will stay closed until March, said Daniel Brandt.",
      [{ kind: "indirect", text: "The bridge will stay closed until March", speaker: brandt, cue: "said" }],
    ],
    [
      "a name, an apposition between commas, then the cue",
      "“We will not go back,” Lena Okafor, head of the union, told Radio Nord.",
      [{ kind: "direct", text: "We will not go back", speaker: okafor, cue: "told" }],
    ],
    [
      "a list of names is not a name and its apposition",
      "“We will not go back,” Lena Okafor, Daniel Brandt and others said.",
      [{ kind: "direct", text: "We will not go back", speaker: null, cue: null }],
    ],
    [
      "'a charge X denied' does not make X the speaker of the clause before",
      "Brandt accused the union of lying, a charge Lena Okafor has repeatedly denied.",
      [{ kind: "indirect", text: "the union of lying, a charge Lena Okafor has repeatedly denied", speaker: brandt, cue: "accused" }],
    ],
    [
      "'a claim X disputed' after a quote does not name its speaker",
      "“The line is safe,” a claim Northern Rail disputed.",
      [{ kind: "direct", text: "The line is safe", speaker: null, cue: null }],
    ],
    [
      "a lower-case title before a name, then an apposition",
      "Board member Daniel Brandt, the lone vote against, said the savings were too small.",
      [{ kind: "indirect", text: "the savings were too small", speaker: brandt, cue: "said" }],
    ],
    [
      "a place before an apposition is not a titled name",
      "In Paris, the minister said the savings were too small.",
      [{ kind: "indirect", text: "the savings were too small", speaker: null, cue: "said" }],
    ],
    [
      "a trailing cue after a coordinated subject still reports the clause",
      "Rebels seized the crossing on Friday, local officials and residents said, in a blow to the army.",
      [{ kind: "indirect", text: "Rebels seized the crossing on Friday", speaker: null, cue: "said" }],
    ],
    [
      "two named speakers of a trailing cue are not one of them",
      "The line will close in May, Lena Okafor and Daniel Brandt said.",
      [{ kind: "indirect", text: "The line will close in May", speaker: null, cue: "said" }],
    ],
    [
      "a pronoun after a sentence naming two people reporting no speech stays unresolved",
      "Okafor met Brandt on Monday. “We agreed on nothing,” he said.",
      [{ kind: "direct", text: "We agreed on nothing", speaker: null, cue: "said" }],
    ],
    [
      "a pronoun after a sentence naming one person is that person",
      "Brandt visited the depot on Monday. “We agreed on nothing,” he said.",
      [{ kind: "direct", text: "We agreed on nothing", speaker: brandt, cue: "said" }],
    ],
    [
      "a request for anonymity is not a statement",
      "A manager, who asked not to be named, said the line would close.",
      [{ kind: "indirect", text: "the line would close", speaker: null, cue: "said" }],
    ],
    ["a subordinate clause before the subject is not reported", "When the river rose, Okafor said in a statement.", []],
    [
      "'pointed out that' is a cue, 'pointed to' is not",
      "Okafor pointed out that the dam was built in 1950. Brandt pointed to the map.",
      [{ kind: "indirect", text: "the dam was built in 1950", speaker: okafor, cue: "pointed out" }],
    ],
    [
      "an exclamation closes the quote, the cue follows",
      "“Enough is enough!” Okafor shouted. “We lost everything,” Brandt said. “Never again!” Okafor said.",
      [
        { kind: "direct", text: "Enough is enough!", speaker: okafor, cue: "shouted" },
        { kind: "direct", text: "We lost everything", speaker: brandt, cue: "said" },
        { kind: "direct", text: "Never again!", speaker: okafor, cue: "said" },
      ],
    ],
    [
      "a verb of saying in another clause does not govern the quote",
      "Brandt, who has denied wrongdoing, arrived at court, where protesters held signs reading “Jail him now”.",
      [{ kind: "indirect", text: "wrongdoing", speaker: brandt, cue: "has denied" }],
    ],
    [
      "an addressee in a letter",
      "Okafor said in a letter to Northern Rail that «the timetable is a disgrace to the region».",
      [{ kind: "direct", text: "the timetable is a disgrace to the region", speaker: okafor, cue: "said" }],
    ],
    [
      "someone's relative or lawyer is not that someone",
      "Brandt's lawyer said: “My client is innocent.” The wife of Brandt said the charges were false.",
      [
        { kind: "direct", text: "My client is innocent", speaker: null, cue: "said" },
        { kind: "indirect", text: "the charges were false", speaker: null, cue: "said" },
      ],
    ],
    [
      "a relative pronoun after a name",
      "“I never said that,” Okafor told Brandt, who replied: “You did, twice.”",
      [
        { kind: "direct", text: "I never said that", speaker: okafor, cue: "told" },
        { kind: "direct", text: "You did, twice", speaker: brandt, cue: "replied" },
      ],
    ],
    [
      "a pronoun with two candidates and no subject to follow stays unresolved",
      "The meeting between Okafor and Brandt ended late. “We made progress,” he said.",
      [{ kind: "direct", text: "We made progress", speaker: null, cue: "said" }],
    ],
    [
      "a pronoun with one candidate in view",
      "The meeting with Brandt ended late. “We made progress,” he said.",
      [{ kind: "direct", text: "We made progress", speaker: brandt, cue: "said" }],
    ],
    [
      "a stance verb with a that-clause",
      "The Ministry of Health indicated that the clinics would reopen.",
      [{ kind: "indirect", text: "the clinics would reopen", speaker: health, cue: "indicated" }],
    ],
    ["a stance verb without a that-clause is not speech", "Brandt considered the offer for a week.", []],
    ["a stance noun is not a cue", "The rain raised hopes that the harvest would recover.", []],
    [
      "an inverted title phrase followed by the name",
      "«The line is safe», declared its chief engineer, Daniel Brandt.",
      [{ kind: "direct", text: "The line is safe", speaker: brandt, cue: "declared" }],
    ],
    [
      "a parenthetical adjunct between subject and verb",
      "Northern Rail, for its part, accuses Brandt of delaying the works.",
      [{ kind: "indirect", text: "Brandt of delaying the works", speaker: rail, cue: "accuses" }],
    ],
    [
      "an acronym is not a function word",
      "According to the FWU, three farms were flooded. “Help is coming,” FWU said.",
      [
        { kind: "indirect", text: "three farms were flooded", speaker: fwu, cue: "According to" },
        { kind: "direct", text: "Help is coming", speaker: fwu, cue: "said" },
      ],
    ],
    [
      "an inverted stance verb after a quote",
      "«We have nothing left», confides Lena Okafor.",
      [{ kind: "direct", text: "We have nothing left", speaker: okafor, cue: "confides" }],
    ],
    [
      "a pronoun follows the subject past a parenthetical",
      "“It is over,” said Okafor. Brandt, however, was not convinced. “It is not,” he said.",
      [
        { kind: "direct", text: "It is over", speaker: okafor, cue: "said" },
        { kind: "direct", text: "It is not", speaker: brandt, cue: "said" },
      ],
    ],
    [
      "a pronoun takes the one person named in the sentence before, not an earlier speaker",
      "“It is over,” said Okafor. Reporters then asked Brandt about the plan. “It is not,” he said.",
      [
        { kind: "direct", text: "It is over", speaker: okafor, cue: "said" },
        { kind: "direct", text: "It is not", speaker: brandt, cue: "said" },
      ],
    ],
    [
      "a pronoun with two people named in the sentence before stays unresolved",
      "“It is over,” said Okafor. Reporters then asked Brandt and Okafor about the plan. “It is not,” he said.",
      [
        { kind: "direct", text: "It is over", speaker: okafor, cue: "said" },
        { kind: "direct", text: "It is not", speaker: null, cue: "said" },
      ],
    ],
    [
      "a title is not a statement",
      "“The harvest is lost,” Okafor said. Her union published a report titled “Fields Under Water Again This Year”.",
      [{ kind: "direct", text: "The harvest is lost", speaker: okafor, cue: "said" }],
    ],
    [
      "a quote inside a sentence with no verb of saying does not inherit a speaker",
      "“The harvest is lost,” Okafor said. Protesters carried a banner with the words “No water, no bread, no peace” to the ministry.",
      [
        { kind: "direct", text: "The harvest is lost", speaker: okafor, cue: "said" },
        { kind: "direct", text: "No water, no bread, no peace", speaker: null, cue: null },
      ],
    ],
    [
      "'it' does not reach back past a sentence whose subject is not an actor",
      "Northern Rail claimed the line was safe. The claim was rejected by inspectors. “The line is safe,” it said.",
      [
        { kind: "indirect", text: "the line was safe", speaker: rail, cue: "claimed" },
        { kind: "direct", text: "The line is safe", speaker: null, cue: "said" },
      ],
    ],
    [
      "'at least' opens a clause",
      "Media reports said at least 15 people had been hurt.",
      [{ kind: "indirect", text: "at least 15 people had been hurt", speaker: null, cue: "said" }],
    ],
    [
      "an attribution set off by commas",
      "Flooding reached the station on Monday, officials said, hours after the dam broke.",
      [{ kind: "indirect", text: "Flooding reached the station on Monday", speaker: null, cue: "said" }],
    ],
  ])("%s", (_name, body, expected) => {
    expect(run(body).map(brief)).toEqual(expected);
  });

  it("records the addressee, the actors mentioned, the sentence and the span", () => {
    const body = "Rain fell all week. Brandt told Radio Nord that Northern Rail had cancelled every train.";
    const [s] = run(body);
    expect(s).toMatchObject({ kind: "indirect", speakerKey: brandt, addressee: "Radio Nord", addresseeKey: "radio nord", sentence: 1 });
    expect(s!.mentionKeys).toEqual([rail]);
    expect(body.slice(s!.span.start, s!.span.end)).toBe(s!.text);
  });

  it("records the addressee of a letter", () => {
    const [s] = run("Okafor said in a letter to Northern Rail that «the timetable is a disgrace to the region».");
    expect(s).toMatchObject({ speakerKey: okafor, addressee: "Northern Rail", addresseeKey: rail });
  });

  it("never takes 'X's lawyer' for X, even when the actor lookup does", () => {
    const body = "Brandt's lawyer said: “My client is innocent.” Okafor's spokesman said the union would appeal.";
    const actors = fakeActors(body, CAST);
    const loose = { ...actors, resolve: (p: string) => actors.resolve(p.replace(/['’]s\s.*$/, "")) };
    const out = extractStatements({ id: "t", body } as CleanArticle, splitSentences(body), loose);
    expect(out.map((s) => s.speakerKey)).toEqual([null, null]);
  });

  it("records who an interview was given to", () => {
    const [s] = run("“The line will reopen in May,” Brandt said in an interview with Radio Nord.");
    expect(s).toMatchObject({ speakerKey: brandt, addressee: "Radio Nord", addresseeKey: "radio nord" });
  });

  it("records an addressee after an inverted cue", () => {
    const [s] = run("“The road is closed,” Okafor told Radio Nord.");
    expect(s).toMatchObject({ speakerKey: okafor, addressee: "Radio Nord", addresseeKey: "radio nord" });
  });

  it("is fast and deterministic on a long text", () => {
    const para =
      "“We lost everything,” Okafor said. The Farm Workers Union announced that its members would strike. They warned that the harvest could fail.";
    const body = Array.from({ length: 300 }, () => para).join("\n\n");
    const t0 = performance.now();
    const a = run(body);
    const ms = performance.now() - t0;
    expect(a).toHaveLength(900);
    expect(run(body)).toEqual(a);
    expect(ms).toBeLessThan(2000);
  });
});

describe("extractStatements on odd input", () => {
  const odd = [
    "",
    "«",
    "»«»“”\"\"''‘’",
    "He said.",
    "said that",
    "“Unclosed quote running on and on with many words in it",
    "«One\n\n«Two\n\n«Three» he said",
    "According to",
    ", said",
    "“a” “b” “c” said “d”",
    "The 5' 10\" player said 'yes'.",
    "They criticize. They claim. They say.",
    "“Quote one,” “quote two,” said Brandt, “quote three.”",
  ];
  it.each(odd)("does not throw on %j and keeps spans in the body", (body) => {
    const out = run(body);
    for (const s of out) {
      expect(s.span.start).toBeGreaterThanOrEqual(0);
      expect(s.span.end).toBeLessThanOrEqual(body.length);
      expect(s.span.start).toBeLessThanOrEqual(s.span.end);
      expect(s.text.length).toBeGreaterThan(0);
    }
  });

  it("survives random text made of quote marks, cue words and names", () => {
    const parts = [
      "«",
      "»",
      "“",
      "”",
      '"',
      "'",
      "‘",
      "’",
      " said ",
      " told ",
      " according to ",
      " Okafor ",
      " the union ",
      ", ",
      ". ",
      "\n\n",
      " that ",
      " he ",
      " they ",
      " water levels fell ",
      ": ",
    ];
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 200; n++) {
      const body = Array.from({ length: 5 + Math.floor(rnd() * 40) }, () => parts[Math.floor(rnd() * parts.length)]).join("");
      const out = run(body);
      for (const s of out) {
        expect(s.span.end).toBeLessThanOrEqual(body.length);
        expect(s.sentence).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
