// /correct speaker|alias|merge|split|kind|hide|date|undo (and `newsdesk correct KIND TARGET --to …`): an
// editor fixes the record without code. Each correction names its target by stable key, says why, and is
// stored with who and when (src/corrections); the store applies it at once, and answers mark what it changed.
// Moderators only in Discord (the bot checks Manage Messages); the answers are private to the editor.
import { ACTOR_KINDS, isOneOf } from "../src/model/kinds.js";
import { type Author, type CorrectionInput, CorrectionError, type CorrectionKind, parseDateValue } from "../src/corrections/types.js";
import type { CommandContext, CommandInput, CommandModule, Reply } from "./reply.js";
import {
  correctionChoices,
  describeCorrection,
  eventChoices,
  findActor,
  findAny,
  findEvent,
  findStatement,
  isUnclear,
  speakerChoices,
  statementChoices,
} from "./correct-targets.js";
import { actorChoices, clip, speakerName } from "./support/format.js";

import { definition } from "./correct-definition.js";

export { definition };

/** Which option holds the target and which the value, per subcommand (the command line passes `target`/`to`). */
const SHAPE: Record<string, { target: string; value?: string }> = {
  speaker: { target: "statement", value: "to" },
  alias: { target: "actor", value: "alias" },
  merge: { target: "actor", value: "into" },
  split: { target: "actor", value: "alias" },
  kind: { target: "actor", value: "kind" },
  hide: { target: "target" },
  date: { target: "event", value: "date" },
  undo: { target: "correction" },
};

export const SUBCOMMANDS = Object.keys(SHAPE);

function answer(status: Reply["status"], title: string, description: string, json: unknown): Reply {
  return { status, command: "correct", title, description, json };
}
const fail = (message: string) => answer("error", "Not corrected", message, { ok: false, error: message });

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const o = input.options;
  const sub = o.subcommand ?? "";
  const shape = SHAPE[sub];
  if (!shape)
    return answer(
      "help",
      "Correct what?",
      `Say what to correct: ${SUBCOMMANDS.join(", ")}. E.g. \`correct speaker KEY --to "Name" --why "…"\`.`,
      {
        ok: false,
      },
    );
  const log = ctx.corrections?.log;
  if (!log) return fail("Corrections are not available here: this summary has no corrections database.");
  const author: Author = input.author ?? { id: null, name: input.requestedBy ?? "someone", via: "cli" };
  const target = (o[shape.target] ?? o.target ?? input.query ?? "").trim();
  const value = (shape.value ? (o[shape.value] ?? o.to) : undefined)?.trim();
  const reason = (o.why ?? "").trim();
  if (target === "") return fail(`Say which ${shape.target} to correct.`);
  if (sub === "undo") return undo(ctx, target, author);
  if (reason === "") return fail('Say why (`--why "…"`): the note is kept with the correction for whoever reviews it.');
  if (shape.value && (value === undefined || value === ""))
    return fail(`Give the ${shape.value === "to" ? "new value (--to)" : `${shape.value} (--to)`}.`);
  let c: Omit<CorrectionInput, "why" | "by">;
  let before = "";
  switch (sub) {
    case "speaker": {
      const st = findStatement(ctx, target);
      if (!st.ok) return fail(`Cannot correct the speaker: ${st.why}`);
      let to: string | null = null;
      if (!isUnclear(value as string)) {
        const a = findActor(ctx, value as string);
        if (!a.ok) return fail(`Cannot set the speaker: ${a.why}`);
        to = a.item.key ?? a.item.id;
      }
      before = `was ${speakerName(ctx, st.item) ?? "unclear"}`;
      c = { kind: "speaker", target: st.item.key ?? st.item.id, value: to };
      break;
    }
    case "date": {
      const ev = findEvent(ctx, target);
      if (!ev.ok) return fail(`Cannot set the date: ${ev.why}`);
      if (!parseDateValue(value as string)) return fail(`“${value}” is not a date: give YYYY-MM-DD, YYYY-MM or YYYY.`);
      before = `was ${ev.item.date.value ?? "undated"}`;
      c = { kind: "date", target: ev.item.key ?? ev.item.id, value: value as string };
      break;
    }
    case "hide": {
      const any = findAny(ctx, target);
      if (!any.ok) return fail(`Cannot hide: ${any.why}`);
      before = any.item.label;
      c = { kind: "hide", target: any.item.key, value: null };
      break;
    }
    default: {
      const a = findActor(ctx, target);
      if (!a.ok) return fail(`Cannot correct: ${a.why}`);
      const key = a.item.key ?? a.item.id;
      const v = value as string;
      let kind: CorrectionKind = sub as CorrectionKind;
      if (sub === "kind") {
        if (!isOneOf(ACTOR_KINDS, v)) return fail(`“${v}” is not a kind: one of ${ACTOR_KINDS.join(", ")}.`);
        before = `was ${a.item.kind}`;
      } else if (sub === "alias") {
        const remove = (o.action ?? "add") === "remove";
        kind = remove ? "alias-remove" : "alias-add";
        const has = a.item.aliases.some((x) => x.toLowerCase() === v.toLowerCase());
        if (remove && !has) return fail(`${a.item.name} has no alias “${v}” (it has: ${a.item.aliases.join(", ") || "none"}).`);
        if (!remove && (has || a.item.name.toLowerCase() === v.toLowerCase())) return fail(`${a.item.name} is already called “${v}”.`);
      } else if (sub === "split") {
        if (!a.item.aliases.some((x) => x.toLowerCase() === v.toLowerCase()))
          return fail(`${a.item.name} has no alias “${v}” to split off (it has: ${a.item.aliases.join(", ") || "none"}).`);
      } else if (sub === "merge") {
        // `actor` goes into `into`: the correction's target is the actor that stays
        const into = findActor(ctx, v);
        if (!into.ok) return fail(`Cannot merge: ${into.why}`);
        if (into.item.id === a.item.id) return fail("Those are the same actor.");
        c = { kind: "merge", target: into.item.key ?? into.item.id, value: key };
        before = `${a.item.name} becomes an alias of ${into.item.name}`;
        break;
      }
      c = { kind, target: key, value: v };
      break;
    }
  }
  let saved;
  try {
    saved = log.add({ ...c, why: clip(reason, 300), by: author });
  } catch (err) {
    if (err instanceof CorrectionError) return fail(err.message);
    throw err;
  }
  const line = describeCorrection(saved, ctx);
  return {
    status: "ok",
    command: "correct",
    title: `Correction #${saved.id} recorded`,
    description: `${line}${before ? ` (${before})` : ""}.\nWhy: ${saved.why}\nIt shows in answers now, marked as corrected by ${author.name}. Undo with \`/correct undo ${saved.id}\` or \`newsdesk correct undo ${saved.id}\`.`,
    actions: [{ arg: `undo:${saved.id}`, label: `Undo #${saved.id}`, danger: true }],
    json: { ok: true, correction: saved },
  };
}

function undo(ctx: CommandContext, ref: string, author: Author): Reply {
  const log = ctx.corrections?.log;
  const id = Number(ref.replace(/^#/, ""));
  if (!log || !Number.isInteger(id) || id < 1) return fail(`“${ref}” is not a correction number: \`corrections list\` shows them.`);
  try {
    const c = log.undo(id, author);
    return answer(
      "ok",
      `Correction #${id} undone`,
      `${describeCorrection(c, ctx)}: no longer applied (kept in the log as undone by ${author.name}).`,
      {
        ok: true,
        correction: c,
      },
    );
  } catch (err) {
    if (err instanceof CorrectionError) return fail(err.message);
    throw err;
  }
}

export const correct: CommandModule = {
  name: "correct",
  definition,
  editorOnly: true,
  handle,
  autocomplete(option, value, ctx, sub) {
    if (option === "statement") return statementChoices(ctx, value);
    if (option === "event") return eventChoices(ctx, value);
    if (option === "to") return speakerChoices(ctx, value);
    if (option === "correction") return correctionChoices(ctx, value);
    if (option === "target") {
      const st = statementChoices(ctx, value, 12);
      const ev = eventChoices(ctx, value, 6);
      const ac = actorChoices(ctx.search.suggestActors(value, 7)).map((c) => ({ ...c, name: clip(`Actor: ${c.name}`, 100) }));
      return [...ac, ...st, ...ev].slice(0, 25);
    }
    if (option === "alias" && sub === "split") {
      return ctx.summary.actors
        .flatMap((a) => a.aliases.map((al) => ({ name: clip(`${al} (alias of ${a.name})`, 100), value: clip(al, 100) })))
        .filter((c) => c.name.toLowerCase().includes(value.trim().toLowerCase()))
        .slice(0, 25);
    }
    return actorChoices(ctx.search.suggestActors(value, 25));
  },
  action(arg, input, ctx) {
    const m = /^undo:(\d+)$/.exec(arg);
    if (!m) return fail("This button is not one of mine any more.");
    return undo(ctx, m[1] as string, input.author ?? { id: null, name: input.requestedBy ?? "someone", via: "discord" });
  },
};
export default correct;
