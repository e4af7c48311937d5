// Acknowledge first: Discord forgets an interaction that is not acknowledged within 3 s, and every handler runs
// on the one event loop that also reads the gateway. So a handler runs at once only when its answer is
// remembered for this summary, or when its measured cost fits in what is left of this event-loop turn's
// budget (or it is alone and not slow); otherwise the bot defers first, and the handler waits for its
// turn in a queue that runs one job per event-loop turn, so the next interactions' acknowledgements go out
// in between. Under a burst the bot answers later, it does not lose interactions.
// This module only decides and queues; bot.ts sends the replies.
import type { CommandContext, CommandInput, CommandModule, Reply } from "../../commands/reply.js";
import type { Snapshot } from "../store/store.js";

/** Handler time one event-loop turn may spend inline before later interactions defer (ms). */
export const TURN_BUDGET_MS = 50;
/** A handler alone (nothing else spent this turn, nobody waiting) runs inline up to this cost (ms). */
export const ALONE_MS = 400;
/** An interaction older than this when it is handled is deferred whatever its cost (ms). */
export const LATE_MS = 1000;
/** Cost assumed for a handler never measured: it runs inline once (within the turn's budget) and is measured
 * then; the heavy answers without a query are measured ahead by bot.ts's precomputation (ms). */
const UNKNOWN_MS = 0;
/** An autocomplete older than this gets no choices rather than a late answer (Discord's window is 3 s). */
export const AUTOCOMPLETE_LATE_MS = 2500;
/** discord.js's own cap on REST requests per second (see bot.ts clientOptions). */
export const REST_REQUESTS_PER_SECOND = 1000;
/** Answers remembered per summary snapshot. */
const MEMO_SIZE = 2000;

export class Scheduler {
  private spentThisTurn = 0;
  private resetQueued = false;
  private readonly waiting: (() => void)[] = [];
  private pumping = false;
  private readonly costs = new Map<string, number>();
  private memo = new WeakMap<Snapshot, Map<string, Reply>>();

  constructor(private readonly snapshot: () => Snapshot) {}

  /** Interactions waiting for their turn. */
  get pending(): number {
    return this.waiting.length;
  }

  /** May a handler with this cost key run now, inline, for an interaction `ageMs` old? */
  mayRunInline(costKey: string, ageMs: number): boolean {
    if (ageMs > LATE_MS) return false;
    const est = this.costs.get(costKey) ?? UNKNOWN_MS;
    if (this.spentThisTurn + est <= TURN_BUDGET_MS) return true;
    return this.spentThisTurn === 0 && this.waiting.length === 0 && est <= ALONE_MS;
  }

  /** Resolves when it is this job's turn: after the jobs queued before it, one per event-loop turn. */
  turn(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      if (!this.pumping) {
        this.pumping = true;
        setImmediate(this.pump);
      }
    });
  }

  private pump = (): void => {
    const next = this.waiting.shift();
    next?.();
    if (this.waiting.length) setImmediate(this.pump);
    else this.pumping = false;
  };

  /** The handler's answer for the current snapshot: remembered, or computed (and timed, and remembered).
   * `background` work (precomputing) is measured but not charged to the turn's budget for interactions. */
  run(mod: CommandModule, costKey: string, input: CommandInput, ctx: CommandContext, background = false): Reply {
    // commands that change state (corrections, settings) are never answered from memory
    if (mod.editorOnly || mod.moderatorOnly) {
      const t = performance.now();
      const reply = mod.handle(input, ctx);
      this.spent(costKey, performance.now() - t, background);
      return reply;
    }
    const snap = this.snapshot();
    let memo = this.memo.get(snap);
    if (!memo) {
      memo = new Map();
      this.memo.set(snap, memo);
    }
    const key = memoKey(mod.name, input);
    const hit = memo.get(key);
    if (hit) return withRequester(hit, input.requestedBy);
    const t = performance.now();
    const reply = mod.handle({ ...input, requestedBy: undefined }, ctx);
    this.spent(costKey, performance.now() - t, background);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(key, reply);
    return withRequester(reply, input.requestedBy);
  }

  /** True when the answer is already remembered for the current snapshot (then it costs nothing). */
  remembered(name: string, input: CommandInput): boolean {
    return this.memo.get(this.snapshot())?.has(memoKey(name, input)) ?? false;
  }

  /** Autocomplete choices, remembered per snapshot like answers. */
  choices(mod: CommandModule, option: string, value: string, ctx: CommandContext, subcommand?: string): { name: string; value: string }[] {
    if (!mod.autocomplete) return [];
    const snap = this.snapshot();
    let memo = this.memo.get(snap);
    if (!memo) {
      memo = new Map();
      this.memo.set(snap, memo);
    }
    const key = `ac\0${mod.name}\0${subcommand ?? ""}\0${option}\0${value}`;
    const hit = memo.get(key) as unknown as { name: string; value: string }[] | undefined;
    if (hit) return hit;
    const t = performance.now();
    const out = mod.autocomplete(option, value, ctx, subcommand);
    this.spent(`ac:${mod.name}`, performance.now() - t);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(key, out as unknown as Reply);
    return out;
  }

  /** Records handler time: against this turn's budget and in the handler's cost estimate. */
  private spent(costKey: string, ms: number, background = false): void {
    const prev = this.costs.get(costKey);
    this.costs.set(costKey, prev === undefined ? ms : prev * 0.7 + ms * 0.3);
    if (background) return;
    this.spentThisTurn += ms;
    if (!this.resetQueued) {
      this.resetQueued = true;
      setImmediate(() => {
        this.spentThisTurn = 0;
        this.resetQueued = false;
      });
    }
  }
}

/** The cost class of a command: its name, and whether it has a query (a command without one lists everything). */
export function costKey(name: string, query: string): string {
  return `${name}:${query.trim() === "" ? "all" : "q"}`;
}

function memoKey(name: string, input: CommandInput): string {
  // the briefing's target channel does not change its content; who asked only changes its footer
  const { channel: _c, ...options } = input.options;
  const opts = Object.keys(options)
    .sort()
    .map((k) => `${k}=${options[k] ?? ""}`)
    .join("&");
  return `${name}\0${input.query}\0${opts}\0${input.page}`;
}

/** The remembered reply with the asker's name where the command shows it (the briefing's footer). */
function withRequester(reply: Reply, requestedBy: string | undefined): Reply {
  if (reply.command !== "briefing" || !requestedBy) return reply;
  if (reply.status !== "ok")
    return reply.json && typeof reply.json === "object" ? { ...reply, json: { ...(reply.json as object), requestedBy } } : reply;
  const json = reply.json && typeof reply.json === "object" ? { ...(reply.json as Record<string, unknown>), requestedBy } : reply.json;
  return { ...reply, footer: `Requested by ${requestedBy}`, json };
}
