// The bot and its summary store, wired so that the bot does not wait for the store: it logs in first, then the
// store opens (a cold first build of a large corpus takes a while, and loading a big summary back blocks the
// event loop for a moment: neither delays the login), and until it is open the bot answers "still reading the
// corpus: N of M articles" with the build's own progress. Then the summary is announced in the log and the
// scheduled briefings start stamping new articles. start.ts runs it for `npm start` (signals, exit codes);
// tests run it with a store opener they hold back and release.
import type { CommandModule, Reply } from "../../commands/reply.js";
import { recordSeen } from "../../commands/support/channel-digest.js";
import type { Config } from "../config/env.js";
import { type Bot, createBot } from "../discord/bot.js";
import type { FatalGatewayClose } from "../discord/fatal.js";
import type { ScheduleDeps } from "../discord/schedules.js";
import type { Logger } from "../log.js";
import type { BuildProgress } from "../store/build.js";
import type { ReloadReport, SummaryStore } from "../store/store.js";

export interface ServeOptions {
  config: Pick<Config, "token" | "apiUrl">;
  logger: Logger;
  /** Opens the summary store, telling `onProgress` how far the first build is. */
  openStore: (onProgress: (p: BuildProgress) => void) => Promise<SummaryStore>;
  commands: CommandModule[];
  formatReloadReport?: (report: ReloadReport) => Reply;
  /** Scheduled briefings: their database (which records when each article was first seen) and the clock. */
  schedules?: ScheduleDeps;
  onFatal?: (err: FatalGatewayClose) => void;
}

export interface Serving {
  bot: Bot;
  /** Logs in (resolves when the client is ready; rejects as `bot.start()` does), then opens the store. */
  start(): Promise<void>;
  /** The store once open and announced; rejects when it could not be opened (the caller stops the bot). */
  store: Promise<SummaryStore>;
}

export function serveBot(o: ServeOptions): Serving {
  let progress: BuildProgress | null = null;
  let loggedIn: () => void = () => undefined;
  const opening = new Promise<void>((resolve) => {
    loggedIn = resolve;
  }).then(() =>
    o.openStore((p) => {
      progress = p;
    }),
  );
  // announced and stamped before the bot sees it: the scheduler starts only once the store is open
  const store = opening.then((s) => {
    const summary = s.snapshot.summary;
    o.logger.info(
      { corpus: summary.corpus, articles: summary.articles.length, actors: summary.actors.length, statements: summary.statements.length },
      "summary ready",
    );
    const schedules = o.schedules;
    if (schedules) {
      // articles are stamped when first seen, so that a scheduled briefing posts what is new since the last one
      recordSeen(schedules.store, summary, schedules.clock.now());
      s.onSwap(() => recordSeen(schedules.store, s.snapshot.summary, schedules.clock.now()));
    }
    return s;
  });
  const bot = createBot({
    config: o.config,
    store,
    reading: () => progress,
    logger: o.logger,
    commands: o.commands,
    ...(o.formatReloadReport ? { formatReloadReport: o.formatReloadReport } : {}),
    ...(o.onFatal ? { onFatal: o.onFatal } : {}),
    ...(o.schedules ? { schedules: o.schedules } : {}),
  });
  return {
    bot,
    store,
    async start() {
      await bot.start();
      loggedIn();
    },
  };
}
