// `npm start`: validate the configuration, build the summary, log in and serve until SIGINT/SIGTERM.
// Without DISCORD_TOKEN: the local console on a terminal, otherwise exit 1 saying how to set the token.
// Only the configuration is imported up front: it is checked before anything else loads (src/log.ts reads
// LOG_LEVEL when imported), and a missing token is reported without loading the engine.
import { ConfigError, loadConfig, type Config } from "../config/env.js";
import type { Logger } from "../log.js";
import type { BuildProgress } from "../store/build.js";
import type { SummaryStore } from "../store/store.js";

const NO_TOKEN = [
  "newsdesk: DISCORD_TOKEN is not set, so the bot cannot log in to Discord.",
  "  Create an application at https://discord.com/developers/applications, open Bot, Reset Token, then put",
  "  DISCORD_TOKEN=<the token> and DISCORD_CLIENT_ID=<the application id> in .env (see .env.example).",
  "  To try the answers without Discord, run `npm start` in a terminal: it opens the local console.",
].join("\n");

async function config(): Promise<Config> {
  try {
    return await loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`newsdesk: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

export async function startBot(): Promise<void> {
  const cfg = await config();
  if (!cfg.token && !(process.stdin.isTTY && process.stdout.isTTY)) {
    process.stderr.write(`${NO_TOKEN}\n`);
    process.exit(1);
  }
  const { createLogger } = await import("../log.js");
  const { defaultCacheDir: cacheDirOf } = await import("../store/cache.js");
  /** Opens the editors' corrections (corrections.sqlite in the cache folder, applied on every build and change)
   * and the summary store, whose first build shows its progress as a bar (or lines) on standard error and tells
   * `onProgress` too (the bot). The engine is imported only here. */
  const opening = async (logger: Logger, onProgress?: (p: BuildProgress) => void): Promise<SummaryStore> => {
    const { openStore } = await import("../store/store.js");
    const { openCorrectionLog } = await import("../corrections/log.js");
    const { progressReporter } = await import("../cli/progress.js");
    let corrections: import("../corrections/log.js").CorrectionLog | undefined;
    try {
      corrections = openCorrectionLog(cacheDirOf(cfg.corpus));
      corrections.followOtherWriters();
    } catch (err) {
      process.stderr.write(`newsdesk: serving without corrections: ${(err as Error).message}\n`);
    }
    const progress = progressReporter({ write: (t) => void process.stderr.write(t), tty: Boolean(process.stderr.isTTY) });
    return openStore(
      { corpus: cfg.corpus, watch: true, corrections, ...(cfg.maxBytes ? { maxBytes: cfg.maxBytes } : {}) },
      {
        logger,
        onProgress: (p) => {
          progress.update(p);
          onProgress?.(p);
        },
      },
    ).finally(progress.end);
  };
  if (!cfg.token) {
    // the console's own answers matter here: routine logs only when LOG_LEVEL asks for them
    const logger = createLogger(process.env.LOG_LEVEL ? cfg.logLevel : "warn");
    process.stderr.write("newsdesk: no DISCORD_TOKEN, opening the local console (type `help`).\n");
    const store = await opening(logger);
    const { runConsole } = await import("../cli/console.js");
    try {
      await runConsole(store);
    } finally {
      await store.close();
    }
    return;
  }

  const logger = createLogger(cfg.logLevel);
  const { serveBot } = await import("./serve.js");
  const { EXIT_CONFIG, FatalGatewayClose } = await import("../discord/fatal.js");
  const { commands, formatReloadReport } = await import("../../commands/index.js");
  // scheduled briefings: their own SQLite file in the cache folder; new articles are stamped as they arrive
  const { openScheduleStore } = await import("../schedule/store.js");
  const { systemClock } = await import("../schedule/clock.js");
  const schedules = openScheduleStore(cacheDirOf(cfg.corpus));

  let stopping = false;
  let opened: SummaryStore | null = null;
  /** Stops the bot, then closes the schedules and the store when it is open (a first build still running is
   * abandoned; the next start builds again from what the cache holds). */
  const shutdown = async (code: number): Promise<never> => {
    try {
      await bot.stop();
      schedules.close();
      await opened?.close();
    } finally {
      process.exit(code);
    }
  };
  // Discord closed the gateway for good (bad token, intents, sharding): the error is logged; exit non-zero so
  // a supervisor alerts instead of keeping a process that is connected to nothing
  const fatal = async (err: InstanceType<typeof FatalGatewayClose>) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`newsdesk: ${err.hint}\n`);
    await shutdown(EXIT_CONFIG);
  };
  // the bot logs in first, then the store opens; until the first build is done it answers "still reading the
  // corpus: N of M articles"
  const { bot, store, start } = serveBot({
    config: cfg,
    logger,
    openStore: (onProgress) => opening(logger, onProgress),
    commands,
    formatReloadReport,
    onFatal: (err) => void fatal(err),
    schedules: { store: schedules, clock: systemClock },
  });
  // the corpus cannot be read (a missing folder): say why and stop, as before logging in
  store.then(
    (s) => {
      opened = s;
    },
    async (err: unknown) => {
      if (stopping) return;
      stopping = true;
      logger.error({ err: (err as Error)?.message ?? String(err) }, "the summary could not be built");
      process.stderr.write(`newsdesk: ${(err as Error)?.message ?? String(err)}\n`);
      await shutdown(1);
    },
  );

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await shutdown(0);
  };
  // one bad promise somewhere must not take the bot down for everyone: log it and keep serving
  process.on("unhandledRejection", (reason) => {
    logger.error(
      { err: reason instanceof Error ? { message: reason.message, stack: reason.stack } : String(reason) },
      "unhandled rejection (still serving)",
    );
  });
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  try {
    await start();
  } catch (err) {
    if (err instanceof FatalGatewayClose) return fatal(err);
    const e = err as { code?: string; message?: string };
    const hint =
      e.code === "TokenInvalid"
        ? "Discord refused the token: reset it in the Developer Portal (Bot tab) and update DISCORD_TOKEN."
        : e.code === "DisallowedIntents"
          ? "Discord refused the intents: this bot needs only Guilds and GuildMessages; check the application's settings."
          : `Could not connect to Discord: ${e.message ?? String(err)}. Check the network${cfg.apiUrl ? ` and DISCORD_API_URL (${cfg.apiUrl})` : ""}.`;
    logger.error({ code: e.code, err: e.message }, "login failed");
    stopping = true;
    process.stderr.write(`newsdesk: ${hint}\n`);
    await shutdown(1);
  }
}
