// `npm start`: validate the configuration, build the summary, log in and serve until SIGINT/SIGTERM.
// Without DISCORD_TOKEN: the local console on a terminal, otherwise exit 1 saying how to set the token.
// Only the configuration is imported up front: it is checked before anything else loads (src/log.ts reads
// LOG_LEVEL when imported), and a missing token is reported without loading the engine.
import { ConfigError, loadConfig, type Config } from "../config/env.js";
import type { Logger } from "../log.js";

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
  const { openStore } = await import("../store/store.js");
  // editors' corrections: corrections.sqlite in the cache folder, applied on every build and change
  const { openCorrectionLog } = await import("../corrections/log.js");
  const { defaultCacheDir: cacheDirOf } = await import("../store/cache.js");
  let corrections: import("../corrections/log.js").CorrectionLog | undefined;
  try {
    corrections = openCorrectionLog(cacheDirOf(cfg.corpus));
    corrections.followOtherWriters();
  } catch (err) {
    process.stderr.write(`newsdesk: serving without corrections: ${(err as Error).message}\n`);
  }
  const { progressReporter } = await import("../cli/progress.js");
  const opening = (logger: Logger) => {
    const progress = progressReporter({ write: (t) => void process.stderr.write(t), tty: Boolean(process.stderr.isTTY) });
    return openStore(
      { corpus: cfg.corpus, watch: true, corrections, ...(cfg.maxBytes ? { maxBytes: cfg.maxBytes } : {}) },
      { logger, onProgress: progress.update },
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
  const { createBot } = await import("../discord/bot.js");
  const { EXIT_CONFIG, FatalGatewayClose } = await import("../discord/fatal.js");
  const { commands, formatReloadReport } = await import("../../commands/index.js");
  const store = await opening(logger);
  const s = store.snapshot.summary;
  logger.info(
    { corpus: cfg.corpus, articles: s.articles.length, actors: s.actors.length, statements: s.statements.length },
    "summary ready",
  );
  // scheduled briefings: their own SQLite file in the cache folder; new articles are stamped as they arrive
  const { openScheduleStore } = await import("../schedule/store.js");
  const { systemClock } = await import("../schedule/clock.js");
  const { recordSeen } = await import("../../commands/support/channel-digest.js");
  const { defaultCacheDir } = await import("../store/cache.js");
  const schedules = openScheduleStore(defaultCacheDir(cfg.corpus));
  recordSeen(schedules, store.snapshot.summary, systemClock.now());
  store.onSwap(() => recordSeen(schedules, store.snapshot.summary, systemClock.now()));

  let stopping = false;
  // Discord closed the gateway for good (bad token, intents, sharding): the error is logged; exit non-zero so
  // a supervisor alerts instead of keeping a process that is connected to nothing
  const fatal = async (err: InstanceType<typeof FatalGatewayClose>) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`newsdesk: ${err.hint}\n`);
    try {
      await bot.stop();
      schedules.close();
      await store.close();
    } finally {
      process.exit(EXIT_CONFIG);
    }
  };
  const bot = createBot({
    config: cfg,
    store,
    logger,
    commands,
    formatReloadReport,
    onFatal: (err) => void fatal(err),
    schedules: { store: schedules, clock: systemClock },
  });

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    try {
      await bot.stop();
      schedules.close();
      await store.close();
    } finally {
      process.exit(0);
    }
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
    await bot.start();
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
    process.stderr.write(`newsdesk: ${hint}\n`);
    await store.close();
    process.exit(1);
  }
}
