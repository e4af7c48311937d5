// Small pieces of the bot's wiring that hold no state: the default /reload reply, the asker's display name,
// errors as log fields, permission look-ups that may throw. bot.ts does the wiring.
import type { PermissionsBitField } from "discord.js";
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
