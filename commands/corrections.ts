// /corrections (and `newsdesk corrections list`): the latest corrections with who, when and why, whether each
// applies, was undone, or is orphaned (its target left the corpus: kept, not applied), and undo buttons for
// the ones that apply. Export and import (YAML files) are the command line's (src/cli/corrections.ts).
import type { Correction } from "../src/corrections/types.js";
import { correctionByline } from "../src/corrections/types.js";
import type { CommandDefinition } from "./support/definition.js";
import type { CommandContext, CommandInput, CommandModule, Reply, ReplyAction, ReplyItem } from "./reply.js";
import { describeCorrection } from "./correct-targets.js";
import { paginate } from "./support/format.js";

export const PAGE_SIZE = 5;

export const definition = {
  options: [],
  name: "corrections",
  description: "The latest corrections: who, when, why, and what no longer finds its target (moderators)",
  contexts: [0],
  default_member_permissions: "8192",
  type: 1,
} satisfies CommandDefinition;

export type CorrectionStatus = "applied" | "undone" | "orphaned";

export function statusOf(c: Correction, orphaned: Map<number, string>): { status: CorrectionStatus; reason?: string } {
  if (c.undone) return { status: "undone" };
  const reason = orphaned.get(c.id);
  return reason ? { status: "orphaned", reason } : { status: "applied" };
}

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const log = ctx.corrections?.log;
  if (!log) {
    return {
      status: "error",
      command: "corrections",
      title: "No corrections here",
      description: "This summary has no corrections database.",
      json: { corrections: [] },
    };
  }
  const orphaned = new Map((ctx.corrections?.orphaned ?? []).map((o) => [o.correction.id, o.reason]));
  const all = [...log.all()].reverse();
  const json = {
    corrections: all.map((c) => ({ ...c, ...statusOf(c, orphaned) })),
    orphaned: [...orphaned.keys()],
  };
  if (all.length === 0) {
    return {
      status: "empty",
      command: "corrections",
      title: "No corrections yet",
      description: "Moderators correct the record with `/correct` (or `newsdesk correct`); every correction is listed here.",
      json,
    };
  }
  const { slice, pagination } = paginate(all, input.page, PAGE_SIZE);
  const actions: ReplyAction[] = [];
  const items: ReplyItem[] = slice.map((c) => {
    const st = statusOf(c, orphaned);
    if (st.status !== "undone") actions.push({ arg: `undo:${c.id}`, label: `Undo #${c.id}`, danger: true });
    const state =
      st.status === "undone" && c.undone
        ? `undone by ${correctionByline(c.undone.by.name, c.undone.at)}`
        : st.status === "orphaned"
          ? `⚠ orphaned, not applied: ${st.reason}`
          : "applied";
    return {
      heading: `#${c.id} ${c.kind} · ${correctionByline(c.by.via === "discord" ? `@${c.by.name}` : c.by.name, c.at)}`,
      text: `${describeCorrection(c, ctx)}\nWhy: ${c.why || "(no note)"}`,
      citation: null,
      note: `${state} · target ${c.target}`,
    };
  });
  const count = (s: CorrectionStatus) => json.corrections.filter((c) => c.status === s).length;
  return {
    status: "ok",
    command: "corrections",
    title: `Corrections (${all.length})`,
    description: `${count("applied")} applied, ${count("orphaned")} orphaned (target gone, kept and not applied), ${count("undone")} undone. Newest first.`,
    items,
    pagination,
    actions,
    json,
  };
}

export const corrections: CommandModule = {
  name: "corrections",
  definition,
  editorOnly: true,
  handle,
  action(arg, input, ctx) {
    const m = /^undo:(\d+)$/.exec(arg);
    const log = ctx.corrections?.log;
    if (!m || !log)
      return {
        status: "error",
        command: "corrections",
        title: "Not undone",
        description: "This button is not one of mine any more.",
        json: null,
      };
    try {
      const c = log.undo(Number(m[1]), input.author ?? { id: null, name: input.requestedBy ?? "someone", via: "discord" });
      return {
        status: "ok",
        command: "corrections",
        title: `Correction #${c.id} undone`,
        description: `${describeCorrection(c, ctx)}: no longer applied (kept in the log as undone).`,
        json: { ok: true, correction: c },
      };
    } catch (err) {
      return { status: "error", command: "corrections", title: "Not undone", description: (err as Error).message, json: null };
    }
  },
};
export default corrections;
