// The soak: the real bot against the Discord fake (in its own thread) with `inFlight` interactions always
// waiting, `interactions` in all, a mix of every command (the heavy ones without a query too) and autocomplete,
// and half-way through a live change to one article and a /reload by an administrator. It reports how many
// interactions were lost (no acknowledgement within Discord's 3 s window, or acknowledged and never answered
// within a minute of the last acknowledgement), the p99 of the time to the acknowledgement and of the time to
// the answer. The caller gives the open live store and the corpus it watches.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createLogger } from "../log.js";
import type { SummaryStore } from "../store/store.js";
import { prng, typo } from "./generate.js";
import { percentile } from "./percentile.js";
import { startBenchBot } from "./remote-fake.js";

export interface SoakFigures {
  interactions: number | null;
  inFlight: number | null;
  lost: number | null;
  ackP99: number | null;
  /** p99 of the time from the interaction to its answer (the callback itself, or the edit after a deferral). */
  answerP99: number | null;
  /** Why the figures are missing, when they are (not part of the JSON contract). */
  note?: string;
}

export interface SoakOptions {
  interactions: number;
  inFlight: number;
  seed: number;
  corpus: string;
  /** Corpus files (relative); one .txt among them is changed half-way. */
  files: string[];
  progress?: (m: string) => void;
}

function p99(xs: number[]): number | null {
  const v = percentile(xs, 0.99);
  return v === null ? null : Math.round(v);
}

export async function runSoak(store: SummaryStore, opts: SoakOptions): Promise<SoakFigures> {
  const started = await startBenchBot(store);
  if ("error" in started) return { interactions: null, inFlight: null, lost: null, ackP99: null, answerP99: null, note: started.error };
  const { fake, bot } = started;
  try {
    await bot.start();
    const r = prng(opts.seed ^ 0x50a4);
    const names = store.snapshot.summary.actors.map((a) => a.name);
    const q = (): string => {
      const n = names[Math.floor(r() * names.length)] ?? "news";
      return r() < 0.7 ? typo(r, n) : n;
    };
    const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });
    const send = (): Promise<number | null> => {
      const k = r();
      if (k < 0.25) return fake.interact("autocomplete", "who", [str("name", q().slice(0, 2 + Math.floor(r() * 6)), true)]);
      if (k < 0.35) return fake.interact("autocomplete", "claims", [str("about", q().slice(0, 3 + Math.floor(r() * 5)), true)]);
      if (k < 0.55) return fake.interact("command", "who", [str("name", q())]);
      if (k < 0.7) return fake.interact("command", "claims", [str("about", q())]);
      if (k < 0.82) return fake.interact("command", "timeline", r() < 0.4 ? [] : [str("topic", q())]);
      if (k < 0.92) return fake.interact("command", "sources", []);
      return fake.interact("command", "briefing", r() < 0.5 ? [] : [str("topic", q())], "moderator");
    };
    const times: number[] = [];
    let lost = 0;
    let sent = 0;
    let middle: Promise<void> | null = null;
    const half = Math.floor(opts.interactions / 2);
    const disturb = async (): Promise<void> => {
      // a live change to one article, then a /reload by an administrator, while the burst goes on
      const file = opts.files.find((f) => f.endsWith(".txt"));
      if (file) {
        const path = join(opts.corpus, file);
        const text = await readFile(path, "utf8");
        await writeFile(path, `${text}\n“The soak goes on,” Philomena Testwright told reporters.\n`);
      }
      const ms = await fake.interact("command", "reload", [], "admin");
      opts.progress?.(`  /reload in the middle: acknowledged in ${ms === null ? "-" : Math.round(ms)} ms`);
      if (ms === null) lost++;
      else times.push(ms);
    };
    const lane = async (): Promise<void> => {
      while (sent < opts.interactions) {
        sent++;
        if (sent === half) middle = disturb();
        const ms = await send();
        if (ms === null) lost++;
        else times.push(ms);
      }
    };
    await Promise.all(Array.from({ length: opts.inFlight }, lane));
    await middle;
    // deferred answers still being written: wait for them before Discord goes away; one never written is lost
    const { answerMs, unanswered } = await fake.settle(60_000);
    lost += unanswered;
    return { interactions: opts.interactions, inFlight: opts.inFlight, lost, ackP99: p99(times), answerP99: p99(answerMs) };
  } finally {
    await bot.stop();
    const { rejected } = await fake.close();
    if (rejected)
      createLogger(process.env.LOG_LEVEL ?? "error").warn({ rejected }, "soak: the Discord fake rejected requests from the bot");
  }
}
