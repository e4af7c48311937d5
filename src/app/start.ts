// `npm start`: validate the configuration, build the summary, log in and serve until SIGINT/SIGTERM.
// Without DISCORD_TOKEN: the local console on a terminal, otherwise exit 1 saying how to set the token.
// Only the configuration is imported up front: it is checked before anything else loads (src/log.ts reads
// LOG_LEVEL when imported), and a missing token is reported without loading the engine.
import { ConfigError, loadConfig, type Config } from "../config/env.js";

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
      process.stderr.write(`${err.message}\n`);
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
  const { defaultCacheDir } = await import("../store/cache.js");
  let corrections: import("../corrections/log.js").CorrectionLog | undefined;
  try {
    corrections = openCorrectionLog(defaultCacheDir());
    corrections.followOtherWriters();
  } catch (err) {
    process.stderr.write(`newsdesk: serving without corrections: ${(err as Error).message}\n`);
  }
  if (!cfg.token) {
    // the console's own answers matter here: routine logs only when LOG_LEVEL asks for them
    const logger = createLogger(process.env.LOG_LEVEL ? cfg.logLevel : "warn");
    process.stderr.write("newsdesk: no DISCORD_TOKEN, opening the local console (type `help`).\n");
    const store = await openStore({ corpus: cfg.corpus, watch: true, corrections }, { logger });
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
  const { commands, formatReloadReport } = await import("../../commands/index.js");
  const store = await openStore({ corpus: cfg.corpus, watch: true, corrections }, { logger });
  const s = store.snapshot.summary;
  logger.info(
    { corpus: cfg.corpus, articles: s.articles.length, actors: s.actors.length, statements: s.statements.length },
    "summary ready",
  );
  const bot = createBot({ config: cfg, store, logger, commands, formatReloadReport });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    try {
      await bot.stop();
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
