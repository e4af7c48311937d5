// The one place a `Reply` becomes a Discord message. It enforces Discord's limits (cutting with "…" rather than
// letting Discord reject the message), escapes Markdown in article and user text, shows full dates as Discord
// timestamps, and sets `allowedMentions: { parse: [] }` so that nothing in an answer can ping anyone.
import { ButtonStyle, ComponentType, MessageFlags } from "discord.js";
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from "discord.js";
import type { Citation, Reply, ReplyItem } from "../../commands/reply.js";
import { encodeAction, encodeState } from "./custom-id.js";
import { LIMITS } from "./limits.js";

export const NO_MENTIONS = Object.freeze({ parse: [] as never[], repliedUser: false });

export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: never[]; repliedUser: boolean };
  flags?: MessageFlags.Ephemeral;
}

export interface RenderOptions {
  ephemeral?: boolean;
  /** The query and options that produced the reply, for the page buttons' state. */
  query?: string;
  speaker?: string;
  /** Adds a member's "Report a problem" button (the bot does when it can record reports). */
  report?: boolean;
}

const ELLIPSIS = "…";

/** Cuts text to `max` characters (code units), ending with "…" when cut; never splits a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - ELLIPSIS.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  // prefer a word boundary when one is near
  const space = text.lastIndexOf(" ", end);
  if (space > end - 40 && space > 0) end = space;
  let head = text.slice(0, end).trimEnd();
  // an odd run of trailing backslashes would escape the ellipsis
  let n = 0;
  while (n < head.length && head.charCodeAt(head.length - 1 - n) === 92) n++;
  if (n % 2 === 1) head = head.slice(0, -1);
  return head + ELLIPSIS;
}

/** Escapes Markdown, mentions and masked links in text that comes from articles or users: every character
 * Discord's Markdown reads, backslashed (Discord drops the backslash on display), plus line-start markers. */
export function esc(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      // `[` stops masked links, `<` stops mentions, timestamps and custom emoji, `@` bare @everyone
      .replace(/[\\*_~`|[\]<@]/g, "\\$&")
      .replace(/^(\s*)([-+>#]|\d+(?=\.\s))/gm, (_m, sp: string, mark: string) => (/\d/.test(mark) ? `${sp}${mark}\\` : `${sp}\\${mark}`))
  );
}

/** Escapes then cuts, without escaping more text than can be shown. */
export function escCut(text: string, max: number): string {
  return cut(esc(text.length > max ? text.slice(0, max + 1) : text), max);
}

/** A full ISO day as a Discord date timestamp. Noon UTC, so the day is the same in every time zone's view. */
export function discordDate(day: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  if (Number.isNaN(t)) return null;
  return `<t:${Math.floor(t / 1000)}:D>`;
}

function showDate(date: string | null): string | null {
  if (!date) return null;
  return discordDate(date) ?? esc(date);
}

function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\/\S+$/.test(url) || url.length > 512) return null;
  return url.replace(/\)/g, "%29").replace(/\s/g, "%20");
}

/** "*Title* — Source, date · article#sentence", linked when the article has a URL. */
export function formatCitation(c: Citation): string {
  const title = c.title ? `*${esc(c.title)}*${c.titleDerived ? " (no headline)" : ""}` : `\`${c.article.replace(/`/g, "'")}\``;
  const url = safeUrl(c.url);
  const parts = [url ? `[${title}](${url})` : title];
  if (c.source) parts.push(esc(c.source));
  const d = showDate(c.date);
  if (d) parts.push(d);
  return `${parts.join(", ")} · sentence ${c.sentence + 1}${c.title ? ` of \`${c.article.replace(/`/g, "'")}\`` : ""}`;
}

function itemValue(item: ReplyItem, textMax: number = LIMITS.fieldValue): string {
  const lines: string[] = [];
  const day = item.day ? discordDate(item.day) : null;
  const citation = item.citation ? `— ${formatCitation(item.citation)}` : "— source not known";
  const tail = [item.note ? `-# ${escCut(item.note, 300)}` : null, citation].filter((x): x is string => x !== null).join("\n");
  const head = [item.disputed ? "⚠️ **Disputed**" : null, day].filter((x): x is string => x !== null).join(" · ");
  const budget = Math.min(textMax, LIMITS.fieldValue - tail.length - head.length - 4);
  const text = item.text.trim() === "" ? "" : escCut(item.text.trim(), Math.max(budget, 40));
  if (head) lines.push(head);
  if (text) lines.push(text);
  lines.push(tail);
  // the citation is the last thing to lose: cut from the end only when even a short text does not fit
  return cut(lines.join("\n"), LIMITS.fieldValue);
}

const COLORS: Record<Reply["status"], number> = { ok: 0x2b6cb0, empty: 0x718096, help: 0x38a169, error: 0xc53030 };

function embedSize(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

interface Budget {
  description: number;
  fieldValue: number;
  itemText: number;
}

/** The budgets tried in turn until the embed fits in Discord's 6000 characters: every item stays, its
 * words shortened with "…", before anything is dropped. */
const BUDGETS: Budget[] = [
  { description: LIMITS.embedDescription, fieldValue: LIMITS.fieldValue, itemText: LIMITS.fieldValue },
  { description: 1500, fieldValue: LIMITS.fieldValue, itemText: 700 },
  { description: 800, fieldValue: 600, itemText: 450 },
  { description: 500, fieldValue: 400, itemText: 300 },
  { description: 300, fieldValue: 250, itemText: 180 },
  { description: 200, fieldValue: 150, itemText: 100 },
];

function buildEmbed(reply: Reply, b: Budget): { embed: APIEmbed; dropped: number } {
  const fields: APIEmbedField[] = [];
  for (const f of reply.fields ?? []) {
    const name = escCut(f.name.trim(), LIMITS.fieldName) || "\u200b";
    const value = escCut(f.value.trim(), b.fieldValue) || "—";
    fields.push({ name, value, ...(f.inline ? { inline: true } : {}) });
  }
  for (const item of reply.items ?? []) {
    fields.push({ name: escCut(item.heading.trim(), LIMITS.fieldName) || "\u200b", value: itemValue(item, b.itemText) });
  }
  if (reply.citations && reply.citations.length > 0) {
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const c of reply.citations) {
      const line = `• ${formatCitation(c)}`;
      if (seen.has(line)) continue;
      seen.add(line);
      lines.push(line);
    }
    fields.push({ name: "Sources", value: cut(lines.join("\n"), b.fieldValue) });
  }
  if (reply.suggestions && reply.suggestions.length > 0 && reply.status !== "ok") {
    fields.push({
      name: "Did you mean",
      value: cut(
        reply.suggestions
          .slice(0, 10)
          .map((s) => `• ${escCut(s, 100)}`)
          .join("\n"),
        b.fieldValue,
      ),
    });
  }
  let dropped = 0;
  if (fields.length > LIMITS.embedFields) {
    dropped += fields.length - (LIMITS.embedFields - 1);
    fields.length = LIMITS.embedFields - 1;
  }
  const footerParts: string[] = [];
  if (reply.pagination && reply.pagination.pageCount > 1) {
    footerParts.push(`Page ${reply.pagination.page + 1} of ${reply.pagination.pageCount} · ${reply.pagination.total} in all`);
  }
  if (reply.footer) footerParts.push(reply.footer);
  const embed: APIEmbed = {
    title: escCut(reply.title.trim(), LIMITS.embedTitle) || reply.command,
    color: COLORS[reply.status],
  };
  if (reply.description && reply.description.trim() !== "") embed.description = escCut(reply.description, b.description);
  if (footerParts.length > 0) embed.footer = { text: cut(footerParts.join(" · "), Math.min(LIMITS.footer, b.fieldValue)) };
  embed.fields = fields;
  return { embed, dropped };
}

/** Reply → one embed within every per-embed limit and the 6000-character total. */
export function renderEmbed(reply: Reply): APIEmbed {
  const reserve = 100;
  let built = buildEmbed(reply, BUDGETS[0] as Budget);
  for (const b of BUDGETS.slice(1)) {
    if (embedSize(built.embed) <= LIMITS.embedTotal - reserve) break;
    built = buildEmbed(reply, b);
  }
  const { embed } = built;
  let { dropped } = built;
  const fields = embed.fields ?? [];
  // last resort: drop trailing fields
  while (embedSize(embed) > LIMITS.embedTotal - reserve && fields.length > 1) {
    fields.pop();
    dropped++;
  }
  if (dropped > 0)
    fields.push({
      name: "\u200b",
      value: `…and ${dropped} more not shown here: narrow the query${reply.pagination ? " or use the page buttons" : ""}.`,
    });
  const over = embedSize(embed) - LIMITS.embedTotal;
  if (over > 0 && embed.description) embed.description = cut(embed.description, Math.max(embed.description.length - over, 1));
  if (fields.length === 0) delete embed.fields;
  return embed;
}

function button(customId: string, label: string, style: ButtonStyle, disabled = false): APIButtonComponent {
  return { type: ComponentType.Button, custom_id: customId, label: cut(label, LIMITS.buttonLabel), style, disabled } as APIButtonComponent;
}

/** The Previous/Next row for a paginated reply, and the "did you mean" row for /who. */
export function renderComponents(reply: Reply, opts: RenderOptions): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const p = reply.pagination;
  if (p && p.pageCount > 1 && opts.query !== undefined) {
    const base = { command: reply.command, query: opts.query, ...(opts.speaker ? { speaker: opts.speaker } : {}) };
    const prev = Math.max(p.page - 1, 0);
    const next = Math.min(p.page + 1, p.pageCount - 1);
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        // ids must differ within a message even when a button is disabled
        button(encodeState({ ...base, page: p.page === 0 ? 0 : prev }), "◀ Previous", ButtonStyle.Secondary, p.page === 0),
        button(
          encodeState({ ...base, page: p.page >= p.pageCount - 1 ? p.pageCount : next }),
          "Next ▶",
          ButtonStyle.Secondary,
          p.page >= p.pageCount - 1,
        ),
      ],
    });
    // Previous on page 0 and Next on the last page could collide on a 1-page reply; pageCount > 1 rules it out,
    // except Previous(0) vs Next(1) which differ.
  }
  if (reply.suggestions && reply.suggestions.length > 0 && (reply.command === "who" || reply.status === "empty")) {
    const seen = new Set<string>();
    const buttons: APIButtonComponent[] = [];
    for (const name of reply.suggestions) {
      if (buttons.length >= LIMITS.buttonsPerRow) break;
      const id = encodeState({
        command: reply.command === "claims" || reply.command === "timeline" ? reply.command : "who",
        page: 0,
        query: name,
        pick: true,
      });
      if (seen.has(id) || name.trim() === "") continue;
      seen.add(id);
      buttons.push(button(id, name, ButtonStyle.Primary));
    }
    if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  }
  if (opts.report && reply.status === "ok") {
    const state = { command: `report-${reply.command}`, page: reply.pagination?.page ?? 0, query: opts.query ?? "" };
    const id = encodeState(opts.speaker ? { ...state, speaker: opts.speaker } : state);
    rows.push({ type: ComponentType.ActionRow, components: [button(id, "Report a problem", ButtonStyle.Secondary)] });
  }
  if (reply.actions && reply.actions.length > 0) {
    const buttons = reply.actions
      .slice(0, LIMITS.buttonsPerRow)
      .map((x) => button(encodeAction(reply.command, x.arg), x.label, x.danger ? ButtonStyle.Danger : ButtonStyle.Secondary));
    rows.push({ type: ComponentType.ActionRow, components: buttons });
  }
  return rows.slice(0, LIMITS.actionRows);
}

/** A whole message for a reply. */
export function renderReply(reply: Reply, opts: RenderOptions = {}): RenderedMessage {
  const msg: RenderedMessage = {
    embeds: [renderEmbed(reply)],
    components: renderComponents(reply, opts),
    allowedMentions: { parse: [], repliedUser: false },
  };
  if (opts.ephemeral) msg.flags = MessageFlags.Ephemeral;
  return msg;
}

/** A short plain message (errors, refusals, confirmations). Text is escaped unless `markdown` is set. */
export function renderText(text: string, opts: { ephemeral?: boolean; markdown?: boolean } = {}): RenderedMessage {
  const msg: RenderedMessage = {
    content: opts.markdown ? cut(text, LIMITS.content) : escCut(text, LIMITS.content),
    embeds: [],
    components: [],
    allowedMentions: { parse: [], repliedUser: false },
  };
  if (opts.ephemeral) msg.flags = MessageFlags.Ephemeral;
  return msg;
}

/** Autocomplete choices within Discord's limits: ≤ 25, names and values 1–100 characters, values unique. */
export function renderChoices(choices: { name: string; value: string }[]): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const c of choices) {
    if (out.length >= LIMITS.choices) break;
    const name = cut(c.name.replace(/\s+/g, " ").trim(), LIMITS.choiceName);
    const value = c.value.length > LIMITS.choiceValue ? c.value.slice(0, LIMITS.choiceValue) : c.value;
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
  }
  return out;
}
