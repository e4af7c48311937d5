// Small pieces of the bot's wiring that hold no state: the default /reload reply, the asker's display name,
// errors as log fields, permission look-ups that may throw, telling a user that answering failed or that the
// corpus is still being read. bot.ts wires.
import type { Interaction, PermissionsBitField } from "discord.js";
import type { Logger } from "../log.js";
import { renderText } from "./render.js";
import type { Reply } from "../../commands/reply.js";
import type { ReloadReport } from "../store/store.js";

/** The reload report as a reply, when commands/reload.ts is not given. */
export function defaultReloadReply(r: ReloadReport): Reply {
  const lines = [
    `${r.articles} articles, ${r.actors} actors, ${r.statements} statements, ${r.events} events (${Math.round(r.ms)} ms).`,
    `Added: ${r.added.length ? r.added.join(", ") : "none"}. Changed: ${r.changed.length ? r.changed.join(", ") : "none"}. Removed: ${r.removed.length ? r.removed.join(", ") : "none"}.`,
  ];
  if (r.skipped.length) lines.push(`Skipped: ${r.skipped.map((s) => `${s.file} (${s.reason})`).join("; ")}`);
  return { status: "ok", command: "reload", title: "Corpus reloaded", description: lines.join("\n"), json: r };
}

export function safePermissions(get: () => Readonly<PermissionsBitField> | null): Readonly<PermissionsBitField> | null {
  try {
    return get();
  } catch {
    return null;
  }
}

export function displayName(i: { member: unknown; user: { username: string; globalName?: string | null } }): string {
  const m = i.member as { displayName?: string; nick?: string | null } | null;
  return m?.displayName ?? m?.nick ?? i.user.globalName ?? i.user.username;
}

export function errInfo(err: unknown): { message: string; stack?: string; code?: unknown } {
  if (err instanceof Error) return { message: err.message, stack: err.stack, code: (err as { code?: unknown }).code };
  return { message: String(err) };
}

const TRY_AGAIN =
  "Something went wrong while answering. Try again in a moment, or try a simpler query (`/help` shows examples). The error was logged.";

/** Tells the user that answering failed, however far the answer had got. */
export async function sayFailed(i: Interaction, log: Logger): Promise<void> {
  try {
    if (i.isAutocomplete()) {
      if (!i.responded) await i.respond([]);
      return;
    }
    if (!i.isRepliable()) return;
    if (i.deferred) await i.editReply({ content: TRY_AGAIN, embeds: [], components: [], allowedMentions: { parse: [] } });
    else if (i.replied) await i.followUp(renderText(TRY_AGAIN, { ephemeral: true, markdown: true }));
    else await i.reply(renderText(TRY_AGAIN, { ephemeral: true, markdown: true }));
  } catch (err) {
    log.warn({ err: errInfo(err) }, "could not tell the user about the failure");
  }
}

/** While the store opens: the asker alone is told how far the reading is (autocomplete: no choices; a button
 * keeps its message as it is). */
export async function answerWaiting(i: Interaction, text: string): Promise<void> {
  if (i.isAutocomplete()) await i.respond([]);
  else if (i.isRepliable()) await i.reply(renderText(text, { ephemeral: true }));
}
