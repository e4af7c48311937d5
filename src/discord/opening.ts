// The summary store as the bot sees it while it opens. The bot logs in at once, before the first build of the
// summary is done (25 s for 10,000 articles), and until then answers every command, button and mention with
// how far the reading is ("Still reading the corpus: 4,210 of 10,000 articles — ask again in a moment.");
// autocomplete offers no choices. The command handlers never see a store that is not there: bot.ts asks the
// gate first, and runs a handler only once `store` is set.
import type { SummaryStore } from "../store/store.js";

/** How far the first build is: articles read of all found. */
export interface ReadingProgress {
  done: number;
  total: number;
}

export interface StoreGate {
  /** The store once it is open; null before (and for good when opening failed). */
  readonly store: SummaryStore | null;
  /** What to answer instead of an answer while the store is not open, or null once it is. */
  waitingText(): string | null;
  /** Calls `listener` once with the store when it is open (at once when it already is). */
  whenOpen(listener: (store: SummaryStore) => void): void;
}

const n = (x: number) => x.toLocaleString("en-US");

/** "Still reading the corpus: 4,210 of 10,000 articles — ask again in a moment." (without the counts before
 * the files are listed). */
export function stillReadingText(p: ReadingProgress | null): string {
  const counts = p && p.total > 0 ? `: ${n(Math.min(p.done, p.total))} of ${n(p.total)} article${p.total === 1 ? "" : "s"}` : "";
  return `Still reading the corpus${counts} — ask again in a moment.`;
}

/** A gate on `store`: given open, or a promise of it with `progress` saying how far the opening is. */
export function storeGate(store: SummaryStore | Promise<SummaryStore>, progress: () => ReadingProgress | null = () => null): StoreGate {
  let open: SummaryStore | null = store instanceof Promise ? null : store;
  let failed: string | null = null;
  const waiting: ((s: SummaryStore) => void)[] = [];
  if (store instanceof Promise)
    store.then(
      (s) => {
        open = s;
        for (const l of waiting.splice(0)) l(s);
      },
      // whoever opens the store reports the failure and stops the bot; meanwhile nobody is told "a moment"
      (err: unknown) => {
        failed = err instanceof Error ? err.message : String(err);
      },
    );
  return {
    get store() {
      return open;
    },
    waitingText() {
      if (open) return null;
      if (failed !== null) return `The corpus could not be read (${failed}); the bot is stopping. Ask an admin to check its log.`;
      return stillReadingText(progress());
    },
    whenOpen(listener) {
      if (open) listener(open);
      else waiting.push(listener);
    },
  };
}
