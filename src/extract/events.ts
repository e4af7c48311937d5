// Events: what happened when. Every dated clause of the article is an event (two dates in one sentence for two
// happenings make two events); the article's main news, the lead sentence's action, is also an event when it
// has no date of its own, so that a timeline can list it (last, as undated).
import type { CleanArticle } from "../corpus/types.js";
import type { EventDate } from "../summary/schema.js";
import { moreSpecific, referenceFor, resolveDates, type DateMention } from "./dates.js";
import { splitAmongDates } from "./dates/clauses.js";
import type { ArticleActors, LocalEvent, Mention, Sentence } from "./types.js";

export const MAX_SUMMARY = 200;

const UNDATED: EventDate = { value: null, precision: "none", basis: "none", asWritten: null };

export function extractEvents(doc: CleanArticle, sentences: Sentence[], actors: ArticleActors): LocalEvent[] {
  const reference = referenceFor(doc);
  const kinds = new Map(actors.actors.map((a) => [a.key, a.kind]));
  const events: LocalEvent[] = [];
  const dated = new Set<number>();
  for (const s of sentences) {
    const mentions = resolveDates(s.text, reference);
    if (mentions.length === 0) continue;
    for (const g of groupByHappening(s.text, mentions)) {
      const start = s.start + g.start;
      const end = s.start + g.end;
      const summary = summarize(s.text.slice(g.start, g.end), g.mentions.map((m) => ({ start: m.start - g.start, end: m.end - g.start })));
      if (!summary) continue;
      events.push(makeEvent(g.date, summary, s.index, start, end, actors, kinds, doc.body));
      dated.add(s.index);
    }
  }
  const lead = leadSentence(sentences);
  if (lead && !dated.has(lead.index)) {
    const summary = summarize(lead.text, []);
    if (summary) events.push(makeEvent(UNDATED, summary, lead.index, lead.start, lead.end, actors, kinds, doc.body));
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
    while (h.start < h.end && /[\s,;:—–-]/.test(text[h.start]!)) h.start++;
    while (h.end > h.start && /\s/.test(text[h.end - 1]!)) h.end--;
  }
  return out;
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

/** The article's lead: its first sentence that reads as a statement of news (enough words, not a question). */
function leadSentence(sentences: Sentence[]): Sentence | undefined {
  return sentences.find((s) => s.text.split(/\s+/).length >= 6 && !/\?["”»’]?$/.test(s.text));
}

const QUOTE_MARKS = /[“”«»„"‹›]|(?<![\p{L}])[‘’']|[‘’'](?![\p{L}])/gu;
const TRAILING_ATTRIBUTION =
  /,\s*(?:[^,]{1,60}?\s+)?(?:said|says|say|told\s+[^,]{1,40}|added|adds|reported|reports|announced|confirmed|claimed|according\s+to\s+[^,]{1,60})(?:\s+(?:on|in|late|early)\s+[^,]{1,30})?\s*$/i;
const LEADING_DISCOURSE =
  /^(?:for (?:its|his|her|their|our) part|meanwhile|however|in addition|additionally|also|separately|furthermore|moreover|in a statement|in response|in turn|at the same time|on the other hand)\s*,?\s+/i;
const LEADING_ATTRIBUTION = /^according\s+to\s+[^,]{1,60},\s*/i;

/** One line saying what happened: the clause without its date phrase (the date is shown beside it), without
 * quote marks, trailing "officials said", or a leading conjunction, at most 200 characters. */
export function summarize(clause: string, dateSpans: { start: number; end: number }[]): string {
  let text = "";
  let pos = 0;
  for (const d of [...dateSpans].sort((a, b) => a.start - b.start)) {
    text += clause.slice(pos, d.start);
    pos = Math.max(pos, d.end);
    // The comma that set the date off goes with it ("On Thursday, the …", "began on March 4, when …"), but not
    // one before a participle or a conjunction, which belongs to the clause ("…, blaming terrorists").
    const comma = /^\s*,\s*/.exec(clause.slice(pos));
    const rest = clause.slice(pos);
    if (comma && !/^(?:[a-z]+ing|and|but|or)\b/.test(rest.slice(comma[0].length)) && !TRAILING_ATTRIBUTION.test(rest.replace(/[.!?]+$/, ""))) {
      pos += comma[0].length - 1;
    }
  }
  text += clause.slice(pos);
  text = text
    .replace(QUOTE_MARKS, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:.!?)])/g, "$1")
    .replace(/\(\s*\)/g, "")
    .replace(/,\s*,/g, ",")
    .trim()
    .replace(/^[,;:—–\-\s]+/, "")
    .replace(/^(?:and|but|while|whereas|then|so|yet|or|when|as)\s+/i, "")
    .replace(LEADING_DISCOURSE, "")
    .replace(/^[,;:\s]+/, "")
    .replace(/[\s.,;:!?—–-]+$/, "");
  const withoutSource = text.replace(TRAILING_ATTRIBUTION, "").replace(LEADING_ATTRIBUTION, "");
  if (withoutSource.split(/\s+/).length >= 3) text = withoutSource;
  text = text.replace(/[\s.,;:!?—–-]+$/, "");
  if (!/[\p{L}\p{N}]/u.test(text)) return "";
  text = text[0]!.toUpperCase() + text.slice(1);
  if (text.length > MAX_SUMMARY) {
    const cut = text.slice(0, MAX_SUMMARY - 1);
    const space = cut.lastIndexOf(" ");
    text = `${(space > MAX_SUMMARY / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
  }
  return text;
}
