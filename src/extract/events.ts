// Events: what happened when. Every dated clause of the article is an event (two dates in one sentence for two
// happenings make two events); the article's main news, the lead sentence's action, is also an event when it
// has no date of its own, so that a timeline can list it (last, as undated).
import type { CleanArticle } from "../corpus/types.js";
import type { EventDate } from "../model/schema.js";
import { moreSpecific, referenceFor, resolveDates, type DateMention } from "./dates.js";
import { clauseWindow, splitAmongDates, VERB_LIKE } from "./dates/clauses.js";
import { datesItsNoun, laterMention, nounAfter } from "./dates/named.js";
import { antecedentBefore, clip, summarize, withoutDates } from "./events-summary.js";
import type { ArticleActors, LocalEvent, Mention, Sentence } from "./types.js";
import { isSpace } from "./sentences.js";

export { antecedentBefore, MAX_SUMMARY, summarize } from "./events-summary.js";

const UNDATED: EventDate = { value: null, precision: "none", basis: "none", asWritten: null };

export function extractEvents(doc: CleanArticle, sentences: Sentence[], actors: ArticleActors): LocalEvent[] {
  const reference = referenceFor(doc);
  const kinds = new Map(actors.actors.map((a) => [a.key, a.kind]));
  const events: LocalEvent[] = [];
  const dated = new Set<number>();
  const seen = new Set<string>();
  const anchor = { year: null as number | null }; // the last year written out, for "that year"
  // "cancelled a 2015 peace deal": events that are a dated noun phrase, until a later "the peace deal …" tells more
  const named: { noun: string; index: number }[] = [];
  for (const s of sentences) {
    for (let i = named.length - 1; i >= 0; i--) {
      const { noun, index } = named[i]!;
      const ev = events[index]!;
      const later = ev.sentence < s.index ? laterMention(s.text, noun) : null;
      if (!later) continue;
      const summary = summarize(s.text.slice(later.start, later.end), []);
      events[index] = makeEvent(ev.date, summary, s.index, s.start + later.start, s.start + later.end, actors, kinds, doc.body);
      named.splice(i, 1);
    }
    const mentions = happeningDates(s.text, resolveDates(s.text, reference, anchor));
    if (mentions.length === 0) continue;
    // "cancelled a 2015 peace deal": the year is the deal's; the clause is left to the sentence's other dates
    const nounDated = new Map<DateMention, NonNullable<ReturnType<typeof nounAfter>>>();
    for (const m of mentions) {
      const np = m.attributive && datesItsNoun(s.text, m.start) ? nounAfter(s.text, m.end) : null;
      if (np?.phrase.includes(" ")) nounDated.set(m, np); // one noun ("won the 2019 election") keeps its clause
    }
    const clauseDated = nounDated.size > 0 ? mentions.filter((m) => !nounDated.has(m)) : mentions;
    const groups = clauseDated.length > 0 ? groupByHappening(s.text, clauseDated).flatMap(listedYears) : [];
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      // "In a statement on Friday, the army said …", "The president, speaking on Monday, said …": a clause with no
      // verb is the fronted part of the next one, and its date is that clause's too
      const next = groups[gi + 1];
      if (next && next.start >= g.end && !VERB_LIKE.test(withoutDates(s.text.slice(g.start, g.end), []))) g.end = next.end;
      narrowToRelative(s.text, g);
      // "The vote comes two years after the army seized power": the date is the seizing's
      const following = g.mentions[0]!.datesFollowing ? g.mentions[0]!.end : -1;
      if (following > g.start && following < g.end) g.start = following;
      // "…, and pointed out that the leader had completed three years in office": a length of time up to now
      // dates the start of what its own clause tells, not the rest of the sentence
      const duration = g.mentions.length === 1 && g.mentions[0]!.duration === true;
      if (duration) {
        const w = clauseWindow(s.text, g.mentions[0]!.start, g.mentions[0]!.end);
        g.start = Math.max(g.start, w.start);
        g.end = Math.min(g.end, w.end);
        const that = /^that\s+/i.exec(s.text.slice(g.start, g.start + 6));
        if (that) g.start += that[0].length;
      }
      let start = s.start + g.start;
      const end = s.start + g.end;
      const clause = s.text.slice(g.start, g.end);
      // Every date phrase inside the clause comes out of its summary, the other events' sharing it included.
      const spans = mentions
        .filter((m) => m.start >= g.start && m.end <= g.end && !m.duration && !nounDated.has(m))
        .map((m) => ({ start: m.start - g.start, end: m.end - g.start }));
      const before =
        g.start > 0
          ? withoutDates(
              s.text.slice(0, g.start),
              mentions.filter((m) => m.end <= g.start),
            )
          : "";
      const antecedent = before && !SAID_BEFORE.test(before) ? antecedentBefore(before, true) : undefined; // "said that …" is no relative
      let summary = sinceSummary(s.text, mentions, g) ?? summarize(clause, spans, antecedent);
      // A clause that is only the source ("…, the operator said on Wednesday") tells of the saying: what was said
      // is the clause before it.
      const prev = events[events.length - 1];
      if (prev && prev.sentence === s.index && prev.span.end <= start && !summary.includes(",") && SOURCE_ONLY.test(summary)) {
        summary = clip(`${summary}: ${prev.summary.replace(/…$/, "")}`);
      }
      // "President X, who has ruled since 1986, signed the law last month": the main clause after the relative
      // clause gets its subject back
      const subject = before ? SUBJECT_BEFORE_RELATIVE.exec(before) : null;
      if (subject && BARE_PAST_VERB.test(summary) && subject[1]!.split(" ").length <= 8) {
        summary = clip(`${subject[1]!} ${summary[0]!.toLowerCase()}${summary.slice(1)}`);
        start = s.start; // the subject's actors belong to the event
      }
      // "The union issued ballots on Wednesday, and announced the result on Friday", "Talks began on Monday but
      // collapsed on Wednesday": the second verb's clause gets the sentence's subject back
      const sharedSubject =
        before && (/\b(?:and|but|then)\s*$/i.test(before) || /^(?:and|but|then)\s/i.test(clause)) && BARE_VERB.test(summary)
          ? SENTENCE_SUBJECT.exec(s.text)
          : null;
      if (sharedSubject && sharedSubject[1]!.split(" ").length <= 8) {
        summary = clip(`${sharedSubject[1]!} ${summary[0]!.toLowerCase()}${summary.slice(1)}`);
        start = s.start;
      }
      if (!summary || !/\S\s+\S/.test(summary)) continue; // a date phrase with next to nothing around it
      // "The ministry said on Wednesday that 14 soldiers had been killed since January": the second clause is
      // what was said; its "that" goes, and the bare saying before it in the sentence gets what was said
      if (before && SAID_BEFORE.test(before) && /^That\s+\S/.test(summary)) {
        summary = summary.replace(/^That\s+/, "");
        summary = summary[0]!.toUpperCase() + summary.slice(1);
        if (prev && prev.sentence === s.index && prev.span.end <= start && SOURCE_ONLY.test(prev.summary)) {
          prev.summary = clip(`${prev.summary.replace(/…$/, "")} that ${lowerFirstWord(summary)}`);
        }
      }
      const key = `${g.date.value ?? g.date.asWritten}|${summary}`;
      if (seen.has(key)) continue; // the same sentence repeated in the article
      seen.add(key);
      events.push(makeEvent(g.date, summary, s.index, start, end, actors, kinds, doc.body));
      if (!duration) dated.add(s.index); // a length of time dates its own clause, not the sentence's news
    }
    for (const [m, np] of nounDated) {
      const summary = summarize(np.phrase, []);
      const key = `${m.date.value ?? m.date.asWritten}|${summary}`;
      if (seen.has(key)) continue;
      seen.add(key);
      named.push({ noun: np.noun, index: events.length });
      events.push(makeEvent(m.date, summary, s.index, s.start + m.start, s.start + np.end, actors, kinds, doc.body));
    }
    // "a day after the October 7 attack": the attack is a happening of its own, on the day written
    for (const m of mentions) {
      if (!m.offsetFrom) continue;
      const stop = /[,;]|$/.exec(s.text.slice(m.end))!.index + m.end;
      const from = m.offsetFrom.start;
      const summary = summarize(
        s.text.slice(from, stop),
        [{ start: m.start - from, end: m.end - from }].filter((d) => d.start >= 0),
      );
      if (!summary || !/\S\s+\S/.test(summary)) continue;
      events.push(makeEvent(m.offsetFrom.date, summary, s.index, s.start + from, s.start + stop, actors, kinds, doc.body));
    }
  }
  const lead = leadSentence(sentences);
  if (lead && !dated.has(lead.index)) {
    const summary = summarize(lead.text, []);
    // "The government is considering action …": a lead in the present tells how things stand on the day the
    // article was published; one in the past may tell of any day before it, and stays undated.
    const asOfPublication = reference?.basis === "relative-to-publication" && reference.value.length === 10 && PRESENT_LEAD.test(lead.text);
    const date: EventDate = asOfPublication
      ? { value: reference.value, precision: "day", basis: reference.basis, asWritten: null }
      : UNDATED;
    if (summary) events.push(makeEvent(date, summary, lead.index, lead.start, lead.end, actors, kinds, doc.body));
  }
  return events;
}

interface Happening {
  start: number;
  end: number;
  date: EventDate;
  mentions: DateMention[];
}

/** One happening per clause: a date is given the clause it sits in; dates in the same clause with nothing but
 * "and"/"to" between them (a range, a list, "Friday (Dec. 8)") are one happening with the most specific date. */
export function groupByHappening(text: string, mentions: DateMention[]): Happening[] {
  const segs = mentions.length === 1 ? [{ start: 0, end: text.length }] : splitAmongDates(text, mentions);
  const out: Happening[] = [];
  mentions.forEach((m, i) => {
    const seg = segs[i];
    const last = out[out.length - 1];
    if (!seg && last) {
      last.mentions.push(m);
      last.date = moreSpecific(last.date, m.date);
      return;
    }
    const span = seg ?? { start: 0, end: text.length };
    out.push({ start: span.start, end: span.end, date: m.date, mentions: [m] });
  });
  // Trim white space and clause punctuation off the ends of each span.
  for (const h of out) {
    while (h.start < h.end && (",;:—–-".includes(text[h.start]!) || isSpace(text.charCodeAt(h.start)))) h.start++;
    while (h.end > h.start && isSpace(text.charCodeAt(h.end - 1))) h.end--;
  }
  return out;
}

/** "seized power in coups in 2020 and 2021": years listed in one clause are that many happenings, one per
 * year, sharing the clause (a range, "from 2020 to 2022", stays one). */
export function listedYears(h: Happening): Happening[] {
  if (h.mentions.length < 2 || !h.mentions.every((m) => m.date.precision === "year" && m.date.value !== null)) return [h];
  if (new Set(h.mentions.map((m) => m.date.value)).size !== h.mentions.length) return [h];
  if (h.mentions.some((m) => /^(?:from|between|since)\b/i.test(m.date.asWritten ?? ""))) return [h];
  return h.mentions.map((m) => ({ ...h, date: m.date, mentions: h.mentions }));
}

/** "The branch, which opened in 1962, serves 400 visitors a day": a date inside a comma-bounded relative clause
 * dates that clause and its antecedent ("The branch, which opened"), not the main clause after it. */
export function narrowToRelative(text: string, g: { start: number; end: number; mentions: DateMention[] }): void {
  const m = g.mentions[0];
  if (!m) return;
  const open = text.lastIndexOf(", ", m.start);
  if (open < g.start) return;
  if (!/^,\s+(?:which|who)\s/i.test(text.slice(open, open + 10))) return;
  const last = g.mentions[g.mentions.length - 1]!;
  const close = text.indexOf(",", last.end);
  if (close < 0 || close >= g.end) return;
  g.end = close;
}

function makeEvent(
  date: EventDate,
  summary: string,
  sentence: number,
  start: number,
  end: number,
  actors: ArticleActors,
  kinds: Map<string, string>,
  body: string,
): LocalEvent {
  const inSpan = actors.mentionsIn(start, end);
  const actorKeys = [...new Set(inSpan.map((m) => m.actorKey))];
  return { date: { ...date }, summary, actorKeys, placeKey: placeOf(inSpan, kinds, body), sentence, span: { start, end } };
}

const PLACE_LEAD =
  /\b(?:in|at|near|outside|inside|across|from)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?(?:(?:city|town|village|region|province|district|capital|area|state|county|port|camp|border\s+town|commune|municipality|governorate|island)\s+of\s+)?$/i;

/** The place an event happened: a place or country actor introduced by "in"/"at" ("in the city of Bir"); a
 * place before a country, else the first. */
export function placeOf(mentions: Mention[], kinds: Map<string, string>, body: string): string | null {
  let country: string | null = null;
  for (const m of mentions) {
    const kind = kinds.get(m.actorKey);
    if (kind !== "place" && kind !== "country") continue;
    if (!PLACE_LEAD.test(body.slice(Math.max(0, m.start - 60), m.start))) continue;
    if (kind === "place") return m.actorKey;
    country ??= m.actorKey;
  }
  return country;
}

/** A lead whose first clause's verb is in the present: progressive ("is considering", "are now fleeing") or a
 * saying ("Police say"). "is going to", "is expected to" tell of what lies ahead, not of the day. */
const PRESENT_LEAD = /^[^;:“”"]{0,150}?\b(?:(?:is|are)\s+(?:now\s+|still\s+|currently\s+|also\s+)?(?!going\b)\p{Ll}{3,}ing|says|say)\b/u;

/** The article's lead: its first sentence that reads as a statement of news (enough words, not a question). */
function leadSentence(sentences: Sentence[]): Sentence | undefined {
  return sentences.find((s) => s.text.split(/\s+/).length >= 6 && !/\?["”»’]?$/.test(s.text));
}

const SOURCE_ONLY = /^[^,]{1,60}\b(?:said|says|told|announced|confirmed|added|reported|stated|declared)(?:\s+[^,\s]+){0,3}$/i;
/** The subject that opens a sentence: the words before its first verb ("Police in Ghana" said, "The union"
 * issued), at most eight words, with no comma. */
const SENTENCE_SUBJECT =
  /^((?:The|A|An|\p{Lu})[^,]{0,70}?)\s+(?:has\s+|have\s+|had\s+)?(?:\p{Ll}+ed|said|says|told|began|went|came|took|made|won|lost|fell|rose|met|left|held|struck|ran|sent|gave|got|became|will|would)\b/u;
/** A verb in the past or a modal opening a clause that has no subject of its own ("collapsed", "will vote"). */
const BARE_VERB =
  /^(?:\p{Lu}\p{Ll}+ed|Said|Told|Made|Took|Won|Lost|Held|Left|Met|Went|Came|Gave|Got|Began|Became|Ran|Sent|Struck|Fell|Rose|Will|Would)\b/u;
/** "The army …" → "the army …"; a name keeps its capital ("Tuareg rebels …"). */
function lowerFirstWord(text: string): string {
  return /^(?:The|A|An|It|Its|They|Their|He|His|She|Her|This|These|Those|There|Some|Many|Most|All|No|Our|We)\b/.test(text)
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}
const SUBJECT_BEFORE_RELATIVE =
  /^([^,]+)(?:,\s+\d{1,3})?,\s+(?:who|which|founded|established|formed|created|set up|launched|born|based|speaking|writing|talking|addressing|visiting|asked|interviewed|quoted)\s[^,]*,\s*$/i;
/** A verb that opens a summary which lost its subject ("Said it would strike", "Will reopen next year"). */
const BARE_PAST_VERB =
  /^(?:\p{Lu}\p{Ll}+(?:ed|s)|Said|Told|Made|Took|Won|Lost|Held|Left|Met|Went|Came|Gave|Got|Began|Became|Ran|Sent|Struck|Fell|Rose|Will|Would|Is|Are|Was|Were|Can|Could|May|Might|Must|Should|Had|Have)\b/u;

const isSince = (m: DateMention) => /^since\b/i.test(m.date.asWritten ?? "");

/** Dates that tell when something happened: not "the largest since 2009", a record's baseline. */
export function happeningDates(text: string, mentions: DateMention[]): DateMention[] {
  return mentions.filter(
    (m) =>
      !(
        isSince(m) &&
        /\b(?:\p{L}+est|most|least|first|worst|best|highest|lowest)\b(?:\s+[\p{L}-]+){0,4}\s*$/iu.test(
          text.slice(Math.max(0, m.start - 50), m.start),
        )
      ),
  );
}

/** "…, deepening the rift with the ruling military council since 2020" in a sentence dated otherwise: the
 * "since" dates the noun phrase it follows (the council's rule), not the clause it ends. */
function sinceSummary(text: string, mentions: DateMention[], g: Happening): string | undefined {
  if (g.mentions.length !== 1 || !isSince(g.mentions[0]!) || mentions.every((m) => isSince(m))) return undefined;
  const np = antecedentBefore(text.slice(0, g.mentions[0]!.start));
  // a noun phrase ("the ruling council"), not a verb's object ("led the province": the clause is the relative's)
  if (!np || np.split(" ").length < 2 || !/^(?:the|a|an|its|their|his|her)\s/i.test(np)) return undefined;
  return clip(np[0]!.toUpperCase() + np.slice(1));
}
const SAID_BEFORE =
  /\b(?:said|says|told\s+[\p{L}-]+|announced|confirmed|added|reported|stated|declared|warned|insisted|argued|claimed)[\s,]*$/iu;
