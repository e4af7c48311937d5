// Statements that contradict each other. A statement contests when its cue is a verb of denying or claiming
// ("denies", "claims", "rejects", …) or its words carry a negation. It is disputed when, in the same article,
// another known speaker's statement concerns the same actor (the actors it mentions, or the speaker itself
// for a denial about itself), or — for an explicit claim or denial — the article's own reported events do;
// failing that, another speaker's statement about that actor elsewhere in the list. The contesting statement and up to two counter-statements are
// shown together and all marked disputed.
import type { Statement } from "../../src/model/schema.js";
import type { CommandContext } from "../reply.js";
import { normalize } from "../../src/search/index.js";
import { isInnerQuote } from "./inner-quotes.js";

const CONTEST_CUE = /^(claim|den(y|ie)|disput|reject|refut|contest|insist|dismiss|contradict|rebut|repudiat|disavow|deny)/;
const NEGATION = /\b(not|no|never|nor|neither|none|nothing|nobody|false|untrue|cannot)\b|n t\b/;
const MAX_COUNTERS = 2;
/** Statements of the list scanned for a counter in another article. */
const MAX_SCAN = 100;
/** Only the first statements of a list (its first pages, what people read) are checked for disputes, so
 * that an actor with thousands of statements still answers at once. */
export const DISPUTE_SCOPE = 200;

/** A verb of denying or claiming ("denies", "claims"). */
export function contestCue(s: Statement): boolean {
  return s.cue !== null && CONTEST_CUE.test(normalize(s.cue));
}

const contesting = new WeakMap<Statement, boolean>();

export function contests(s: Statement): boolean {
  let c = contesting.get(s);
  if (c === undefined) contesting.set(s, (c = contestCue(s) || NEGATION.test(normalize(s.text))));
  return c;
}

/** The actors a contesting statement is about: those it mentions, or, for a denial that mentions no one else,
 * the speaker itself ("the authority denied it cut wages"). */
function topics(s: Statement): Set<string> {
  const t = new Set(s.mentions.filter((m) => m !== s.speaker));
  if (t.size === 0 && s.speaker && contestCue(s)) t.add(s.speaker);
  return t;
}

function concerns(t: Statement, topicIds: Set<string>): number {
  let n = 0;
  for (let i = 0; i < t.mentions.length; i++) {
    const m = t.mentions[i] as string;
    if (topicIds.has(m) && t.mentions.indexOf(m) === i) n++;
  }
  if (t.speaker && topicIds.has(t.speaker) && n === 0) n = 0.5;
  return n;
}

/** Two known, different speakers (an unclear speaker never counts as one side of a dispute). */
function otherSpeaker(s: Statement, t: Statement): boolean {
  return t !== s && s.speaker !== null && t.speaker !== null && s.speaker !== t.speaker;
}

export interface DisputeMark {
  /** Why it is marked: the statement or the reporting it conflicts with. */
  note: string;
}

/** Reorders `list` so that each disputed statement is followed by its counter-statements (pulled in from the
 * article when not in the list), and says which are disputed and why. */
export function groupDisputes(
  ctx: CommandContext,
  list: readonly Statement[],
): { ordered: Statement[]; disputed: Map<Statement, DisputeMark> } {
  const disputed = new Map<Statement, DisputeMark>();
  const counters = new Map<Statement, Statement[]>();
  const claimed = new Set<Statement>();
  for (const s of list.slice(0, DISPUTE_SCOPE)) {
    if (!s.speaker || claimed.has(s) || !contests(s)) continue;
    const topicIds = topics(s);
    if (topicIds.size === 0) continue;
    const same = ctx.search.statementsIn(s.article);
    // a quote inside a reported statement is shown with that statement, never as a counter of its own
    const scored = same
      .filter((t) => otherSpeaker(s, t) && !claimed.has(t) && !isInnerQuote(t, same))
      .map((t) => ({ t, n: concerns(t, topicIds) + (contests(t) ? 0 : 0.25) }))
      .filter((x) => x.n >= 0.5)
      .sort((a, b) => b.n - a.n);
    let found = scored.slice(0, MAX_COUNTERS).map((x) => x.t);
    // the article's own reporting counts against an explicit claim or denial, not against any negation
    const events = !contestCue(s)
      ? []
      : ctx.search.eventsIn(s.article).filter((e) => e.actors.some((a) => topicIds.has(a)) || (e.place !== null && topicIds.has(e.place)));
    if (found.length === 0 && events.length === 0) {
      found = list
        .slice(0, MAX_SCAN)
        .filter((t) => t.article !== s.article && otherSpeaker(s, t) && !claimed.has(t) && concerns(t, topicIds) >= 1)
        .slice(0, MAX_COUNTERS);
    }
    if (found.length === 0 && events.length === 0) continue;
    const who = (t: Statement) => (t.speaker ? (ctx.search.actor(t.speaker)?.name ?? t.speaker) : "an unclear speaker");
    const against = [...new Set(found.map(who))];
    const reporting =
      events.length && found.length === 0 ? [`the article's own reporting (sentence ${(events[0]?.sentence ?? 0) + 1})`] : [];
    disputed.set(s, { note: `disputed: conflicts with ${[...against, ...reporting].join(" and ")}` });
    for (const t of found) {
      claimed.add(t);
      if (!disputed.has(t)) disputed.set(t, { note: `disputed by ${who(s)}` });
    }
    counters.set(s, found);
  }
  if (counters.size === 0) return { ordered: [...list], disputed };
  const ordered: Statement[] = [];
  const placed = new Set<Statement>();
  for (const s of list) {
    if (placed.has(s)) continue;
    const cs = counters.get(s);
    if (!cs && claimed.has(s)) continue; // shown right after the statement it counters
    ordered.push(s);
    placed.add(s);
    for (const t of cs ?? []) {
      if (placed.has(t)) continue;
      ordered.push(t);
      placed.add(t);
    }
  }
  return { ordered, disputed };
}
