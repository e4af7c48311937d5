// "What is new": the digest a scheduled briefing posts. Given the summary and a since-mark (which articles
// count as new: not yet briefed in the channel, or first seen after a time) and an optional topic, it lists
// the new articles, then the new statements grouped by speaker (disputed ones side by side, through
// disputes.ts), then the new dated events, each cited. Pure: it reads nothing but the context and the
// options. Paging across Discord messages is the Discord layer's (src/discord/digest-pages.ts); the plain
// text is commands/text.ts's, through `digestReply`.
import type { Article, Event, Statement } from "../../src/model/schema.js";
import type { CommandContext, Reply, ReplyItem } from "../reply.js";
import { groupDisputes } from "./disputes.js";
import { articleLabel, citation, clip, eventItem, resolveActor, statementItem, statementJson } from "./format.js";

/** How many matches a topic's text search looks at. */
const TOPIC_SCOPE = 5000;

export interface DigestOptions {
  /** Whether an article is new for this digest: not yet briefed in the channel, or first seen after a time. */
  isNew: (article: Article) => boolean;
  /** An actor or words: only what matches it. Empty or absent: everything new. */
  topic?: string | null;
  /** How the since-mark reads in the title: "since the last briefing", "in the last 24 hours". */
  sinceLabel: string;
}

export type DigestSectionKey = "articles" | "statements" | "events";

export interface DigestSection {
  key: DigestSectionKey;
  /** "New articles (3)". */
  title: string;
  items: ReplyItem[];
}

export interface Digest {
  /** Nothing new: the digest is one short line (`title`). */
  empty: boolean;
  title: string;
  /** One line: how many of each, and the since-mark. */
  description: string;
  sections: DigestSection[];
  /** The new articles this digest covers. */
  articleIds: string[];
  /** Every article of the summary it was built from: a posted digest marks them all as briefed in its channel
   * (those before the since-mark, and those the topic leaves out, are not news to it later either). */
  markIds: string[];
  topic: string | null;
  /** The machine-readable digest (`newsdesk digest --json`). */
  json: unknown;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** What the topic selects among the new articles' statements and events, and the articles it concerns. */
function select(
  ctx: CommandContext,
  fresh: readonly Article[],
  topic: string,
): { articles: Article[]; statements: Statement[]; events: Event[]; topicName: string | null } {
  const ids = new Set(fresh.map((a) => a.id));
  if (topic === "") {
    return {
      articles: [...fresh],
      statements: fresh.flatMap((a) => ctx.search.statementsIn(a.id)),
      events: fresh.flatMap((a) => ctx.search.eventsIn(a.id)),
      topicName: null,
    };
  }
  const actor = resolveActor(ctx, topic).actor;
  let statements: Statement[];
  let events: Event[];
  let inArticle: (a: Article) => boolean;
  if (actor) {
    statements = [...new Set([...ctx.search.statementsBy(actor.id), ...ctx.search.statementsAbout(actor.id)])];
    events = [...ctx.search.eventsOf(actor.id)];
    const where = new Set(actor.articles);
    inArticle = (a) => where.has(a.id);
  } else {
    statements = ctx.search.statements(topic, TOPIC_SCOPE).map((h) => h.item);
    events = ctx.search.events(topic, TOPIC_SCOPE).map((h) => h.item);
    const words = topic.toLowerCase();
    inArticle = (a) => (a.title ?? "").toLowerCase().includes(words);
  }
  statements = statements.filter((s) => ids.has(s.article));
  events = events.filter((e) => ids.has(e.article));
  const touched = new Set([...statements.map((s) => s.article), ...events.map((e) => e.article)]);
  return { articles: fresh.filter((a) => touched.has(a.id) || inArticle(a)), statements, events, topicName: actor?.name ?? topic };
}

/** Statements grouped by speaker: the speaker with most new statements first, the unclear speaker last; each
 * group in article and sentence order. */
function bySpeaker(ctx: CommandContext, list: readonly Statement[]): Statement[] {
  const groups = new Map<string | null, Statement[]>();
  for (const s of ctx.search.sortStatements(list)) {
    const g = groups.get(s.speaker);
    if (g) g.push(s);
    else groups.set(s.speaker, [s]);
  }
  const name = (id: string | null) => (id ? (ctx.search.actor(id)?.name ?? id) : "");
  return [...groups]
    .sort(([a, la], [b, lb]) => (a === null ? 1 : 0) - (b === null ? 1 : 0) || lb.length - la.length || name(a).localeCompare(name(b)))
    .flatMap(([, g]) => g);
}

function articleItem(ctx: CommandContext, a: Article): ReplyItem {
  const counts = ctx.search.articleCounts(a.id);
  const parts = [plural(counts.statements, "statement"), plural(counts.events, "event")];
  if (a.byline) parts.push(`by ${a.byline}`);
  return { heading: clip(articleLabel(a, a.id), 200), text: parts.join(" · "), citation: citation(ctx, a.id, 0) };
}

export function buildDigest(ctx: CommandContext, opts: DigestOptions): Digest {
  const topic = (opts.topic ?? "").trim();
  const fresh = ctx.summary.articles.filter((a) => opts.isNew(a));
  const picked = select(ctx, fresh, topic);
  const about = picked.topicName ? ` about ${clip(picked.topicName, 100)}` : "";
  const grouped = bySpeaker(ctx, picked.statements);
  const { ordered, disputed } = groupDisputes(ctx, grouped);
  // dated events only, in timeline order
  const events = ctx.search.sortEvents(picked.events.filter((e) => e.date.value !== null));
  const articles = picked.articles;
  const articleIds = articles.map((a) => a.id);
  const markIds = ctx.summary.articles.map((a) => a.id);
  if (articles.length === 0 && ordered.length === 0 && events.length === 0) {
    return {
      empty: true,
      title: `Nothing new${about} ${opts.sinceLabel}.`,
      description: "",
      sections: [],
      articleIds,
      markIds,
      topic: topic || null,
      json: { topic: topic || null, since: opts.sinceLabel, articles: [], statements: [], events: [] },
    };
  }
  const sections: DigestSection[] = [];
  if (articles.length > 0)
    sections.push({ key: "articles", title: `New articles (${articles.length})`, items: articles.map((a) => articleItem(ctx, a)) });
  if (ordered.length > 0)
    sections.push({
      key: "statements",
      title: `Who said what (${ordered.length})`,
      items: ordered.map((s) => {
        const mark = disputed.get(s);
        return statementItem(ctx, s, mark ? { disputed: true, note: mark.note } : undefined);
      }),
    });
  if (events.length > 0)
    sections.push({ key: "events", title: `Dated events (${events.length})`, items: events.map((e) => eventItem(ctx, e)) });
  return {
    empty: false,
    title: `What is new${about} ${opts.sinceLabel}`,
    description: `${plural(articles.length, "new article")}, ${plural(ordered.length, "statement")}, ${plural(events.length, "dated event")}.`,
    sections,
    articleIds,
    markIds,
    topic: topic || null,
    json: {
      topic: topic || null,
      since: opts.sinceLabel,
      articles: articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published.value })),
      statements: ordered.map((s) => statementJson(ctx, s, disputed.has(s))),
      events,
    },
  };
}

/** The digest as one Reply (every item, the section in each heading) for the CLI and the console. */
export function digestReply(d: Digest): Reply {
  if (d.empty) return { status: "empty", command: "digest", title: d.title, json: d.json };
  const label: Record<DigestSectionKey, string> = { articles: "New article", statements: "Said", events: "Event" };
  const items = d.sections.flatMap((s) => s.items.map((it) => ({ ...it, heading: `${label[s.key]} · ${it.heading}` })));
  return { status: "ok", command: "digest", title: d.title, description: d.description, items, json: d.json };
}
