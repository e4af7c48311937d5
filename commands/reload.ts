// /reload (moderators with Manage Server): the Discord layer calls `store.reload()` and shows its report with
// `formatReloadReport`. No handler over the summary: reloading is the store's job.
import { type CommandDefinition, GUILD_ONLY, PERMISSION } from "./support/definition.js";
import type { CommandModule, Reply } from "./reply.js";
import type { ReloadReport } from "../src/store/store.js";

export const definition: CommandDefinition = {
  name: "reload",
  description: "Re-read the whole corpus now and report what changed (moderators)",
  default_member_permissions: PERMISSION.ManageGuild,
  contexts: GUILD_ONLY,
};

const LISTED = 10;

function list(names: string[]): string {
  const shown = names.slice(0, LISTED).join(", ");
  return names.length > LISTED ? `${shown}, … (${names.length - LISTED} more)` : shown;
}

export function formatReloadReport(report: ReloadReport): Reply {
  const changes = report.added.length + report.changed.length + report.removed.length;
  const fields = [
    { name: `Added (${report.added.length})`, value: list(report.added) },
    { name: `Changed (${report.changed.length})`, value: list(report.changed) },
    { name: `Removed (${report.removed.length})`, value: list(report.removed) },
    {
      name: `Skipped (${report.skipped.length})`,
      value: report.skipped
        .slice(0, LISTED)
        .map((s) => `${s.file}: ${s.reason}`)
        .join("\n"),
    },
  ].filter((f) => f.value !== "");
  return {
    status: "ok",
    command: "reload",
    title: changes ? `Corpus reloaded: ${changes} article${changes === 1 ? "" : "s"} changed` : "Corpus reloaded: nothing changed",
    description: `${report.articles} articles, ${report.actors} actors, ${report.statements} statements, ${report.events} events (${Math.round(report.ms)} ms).`,
    fields,
    json: report,
  };
}

/** Registered like the others so that deploy-commands registers /reload; the Discord layer and the console
 * intercept it and call the store. Run as a plain handler (no store at hand) it says how to reload. */
export const reload: CommandModule & { formatReloadReport: typeof formatReloadReport } = {
  name: "reload",
  definition,
  formatReloadReport,
  handle: () => ({
    status: "help",
    command: "reload",
    title: "Reloading the corpus",
    description:
      "A moderator with Manage Server runs /reload in Discord, or type `reload` in the console. The bot also picks up changed files by itself.",
    json: { reload: "run /reload in Discord or `reload` in the console" },
  }),
};
export default reload;
