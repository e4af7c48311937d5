// A digest (commands/support/digest.ts) as Discord messages: one embed per message, items packed in order
// within Discord's limits (fields per embed, field value, 6000 characters an embed), each item whole — its
// words are shortened before anything else, and its citation is never cut. A digest too long for
// `maxMessages` ends with a line saying how many items were left out and where to read them.
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Digest } from "../../commands/support/digest.js";
import type { Citation, ReplyItem } from "../../commands/reply.js";
import { cut, discordDate, escCut, formatCitation, renderText, type RenderedMessage } from "./render.js";
import { LIMITS } from "./limits.js";

/** Room kept in each embed for the page title and footer added once the pages are counted. */
const EMBED_BUDGET = LIMITS.embedTotal - 400;
const COLOR = 0x2b6cb0;
export const DEFAULT_MAX_MESSAGES = 10;

export interface DigestPageOptions {
  /** At most this many messages (default 10); what does not fit is counted in the last one. */
  maxMessages?: number;
  /** Shown in every page's footer ("Scheduled briefing #3"). */
  footer?: string;
}

function shortCitation(c: Citation): string {
  // a very long title must not push the citation over the field: the title is shortened, never the rest
  return formatCitation({ ...c, title: c.title ? cut(c.title, 150) : null, source: c.source ? cut(c.source, 80) : null });
}

/** One item as a field: its marks, its words (shortened to fit), its note, then its whole citation. */
export function itemField(item: ReplyItem): APIEmbedField {
  const day = item.day ? discordDate(item.day) : null;
  const head = [item.disputed ? "⚠️ **Disputed**" : null, day].filter((x): x is string => x !== null).join(" · ");
  const tail = [
    item.note ? `-# ${escCut(item.note, 200)}` : null,
    item.citation ? `— ${shortCitation(item.citation)}` : "— source not known",
  ]
    .filter((x): x is string => x !== null)
    .join("\n");
  const room = LIMITS.fieldValue - tail.length - head.length - 2;
  const text = item.text.trim() === "" ? "" : escCut(item.text.trim(), Math.max(room, 1));
  const value = [head, text, tail].filter((x) => x !== "").join("\n");
  return { name: escCut(item.heading.trim(), LIMITS.fieldName) || "\u200b", value };
}

function fieldSize(f: APIEmbedField): number {
  return f.name.length + f.value.length;
}

/** The digest's messages: one short line when nothing is new, else embeds packed in order. */
export function renderDigestPages(d: Digest, opts: DigestPageOptions = {}): RenderedMessage[] {
  if (d.empty) return [renderText(d.title)];
  const maxMessages = Math.max(1, opts.maxMessages ?? DEFAULT_MAX_MESSAGES);
  const title = escCut(d.title, LIMITS.embedTitle - 20);
  const description = escCut(d.description, 1000);
  const pages: APIEmbedField[][] = [[]];
  let size = title.length + description.length;
  const place = (f: APIEmbedField) => {
    const page = pages[pages.length - 1] as APIEmbedField[];
    if (page.length >= LIMITS.embedFields || size + fieldSize(f) > EMBED_BUDGET) {
      pages.push([f]);
      size = title.length + fieldSize(f);
    } else {
      page.push(f);
      size += fieldSize(f);
    }
  };
  let total = 0;
  for (const section of d.sections) {
    // a section heading never ends a page alone: it goes with its first item
    const header: APIEmbedField = { name: escCut(section.title, LIMITS.fieldName), value: "\u200b" };
    const first = section.items[0];
    if (first) {
      const f = itemField(first);
      const page = pages[pages.length - 1] as APIEmbedField[];
      if (page.length + 2 > LIMITS.embedFields || size + fieldSize(header) + fieldSize(f) > EMBED_BUDGET) {
        pages.push([]);
        size = title.length;
      }
      place(header);
      place(f);
      total++;
    }
    for (const item of section.items.slice(1)) {
      place(itemField(item));
      total++;
    }
  }
  let shown = pages;
  if (pages.length > maxMessages) {
    shown = pages.slice(0, maxMessages);
    const last = shown[shown.length - 1] as APIEmbedField[];
    const countItems = (fs: APIEmbedField[]) => fs.filter((f) => f.value !== "\u200b").length;
    // room for the closing line
    if (last.length >= LIMITS.embedFields) last.pop();
    const left = total - shown.reduce((n, p) => n + countItems(p), 0);
    last.push({
      name: "\u200b",
      value: `…and ${left} more not posted here: run \`newsdesk digest\`, or /claims and /timeline with a topic.`,
    });
  }
  const count = shown.length;
  return shown.map((fields, i) => {
    const embed: APIEmbed = {
      title: count > 1 ? `${title} (${i + 1}/${count})` : title,
      color: COLOR,
      fields,
    };
    if (i === 0 && description) embed.description = description;
    const footer = [count > 1 ? `Page ${i + 1} of ${count}` : null, opts.footer ?? null].filter((x): x is string => x !== null).join(" · ");
    if (footer) embed.footer = { text: cut(footer, 200) };
    return { embeds: [embed], components: [], allowedMentions: { parse: [], repliedUser: false } };
  });
}
