// The `newsdesk` command line: opens the summary store on the corpus, runs one command handler and prints its
// reply as text for a person, or its JSON contract with --json. `bot`, `deploy-commands` and `bench` hand over
// to their modules, loaded only when asked for.
import { userInfo } from "node:os";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { PROJECT_ROOT } from "../config/paths.js";
import type { CommandContext, Reply } from "../../commands/reply.js";
import type { StoreOptions, SummaryStore } from "../store/store.js";
import { OTHER_COMMANDS, parseCliArgs, parseMaxBytes, QUERY_COMMANDS, USAGE, UsageError, type CliArgs } from "./args.js";
import { cleanQuery } from "../../commands/natural.js";
import { missingPageNote, renderText } from "../../commands/text.js";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Opens the summary store (tests pass their own). */
  openStore?: (opts: StoreOptions) => Promise<SummaryStore>;
}

export const DEFAULT_CORPUS = join(PROJECT_ROOT, "seeds");

/** `--corpus`, else NEWSDESK_CORPUS, else the project's seeds/. */
export function corpusDir(args: Pick<CliArgs, "corpus">, env: Record<string, string | undefined>): string {
  const dir = args.corpus ?? (env.NEWSDESK_CORPUS?.trim() || undefined);
  return dir ? resolve(dir) : DEFAULT_CORPUS;
}

function corpusMissing(dir: string, detail: string): string {
  return (
    `newsdesk: corpus folder not found: ${dir} ${detail}.\n` +
    `Point newsdesk at your articles with --corpus DIR or the NEWSDESK_CORPUS environment variable (default: the project's seeds/).\n`
  );
}

async function defaultOpenStore(opts: StoreOptions): Promise<SummaryStore> {
  const { openStore } = await import("../store/store.js");
  const { createLogger } = await import("../log.js");
  const { progressReporter } = await import("./progress.js");
  // a cold build of a big corpus takes a while: say how far it is (nothing for a warm start)
  const progress = progressReporter({ write: (t) => void process.stderr.write(t), tty: Boolean(process.stderr.isTTY) });
  // the CLI prints skipped files itself; the store's own log stays quiet unless LOG_LEVEL asks for more
  try {
    return await openStore(opts, { logger: createLogger(process.env.LOG_LEVEL ?? "error"), onProgress: progress.update });
  } finally {
    progress.end();
  }
}

function isCorpusNotFound(err: unknown): err is Error & { dir?: string } {
  return err instanceof Error && err.name === "CorpusNotFoundError";
}

/** Runs one command line and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`newsdesk: ${err.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (args.command === "" || (args.help && args.command !== "help")) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const known = [...QUERY_COMMANDS, ...OTHER_COMMANDS, "correct", "corrections"] as string[];
  if (!known.includes(args.command)) {
    io.stderr(`newsdesk: unknown command “${args.command}”.\n\n${USAGE}`);
    return EXIT_USAGE;
  }

  if (args.command === "help") {
    const { help } = await import("../../commands/help.js");
    const reply = help.handle({ query: "", options: {}, page: 0 }, undefined as never);
    io.stdout(args.json ? `${JSON.stringify(reply.json, null, 2)}\n` : `${renderText(reply)}\n${USAGE}`);
    return EXIT_OK;
  }

  const corpus = corpusDir(args, io.env);
  try {
    const s = await stat(corpus);
    if (!s.isDirectory()) {
      io.stderr(corpusMissing(corpus, "is not a folder"));
      return EXIT_USAGE;
    }
  } catch {
    io.stderr(corpusMissing(corpus, "does not exist"));
    return EXIT_USAGE;
  }

  const envMax = io.env.NEWSDESK_MAX_BYTES?.trim();
  const maxBytes = args.maxBytes ?? (envMax ? parseMaxBytes(envMax) : undefined);
  if (envMax && maxBytes === undefined) {
    io.stderr(`newsdesk: NEWSDESK_MAX_BYTES must be a number of bytes, such as 5000000 (it is “${envMax}”).\n`);
    return EXIT_USAGE;
  }
  let store: SummaryStore;
  // corrections live in the cache folder beside the extractions, so a corpus and its corrections travel together
  const givenCache = io.env.NEWSDESK_CACHE?.trim();
  const cacheDir = givenCache ? resolve(givenCache) : (await import("../store/cache.js")).defaultCacheDir(corpus);
  const { openCorrectionLog } = await import("../corrections/log.js");
  let corrections: import("../corrections/log.js").CorrectionLog;
  try {
    corrections = openCorrectionLog(cacheDir);
  } catch (err) {
    // answers do not need the corrections file to exist; changing or listing corrections does
    if (args.command === "correct" || args.command === "corrections") {
      io.stderr(`newsdesk: ${(err as Error).message}\n`);
      return EXIT_FAILED;
    }
    io.stderr(`newsdesk: answering without corrections: ${(err as Error).message}\n`);
    const { memoryCorrectionLog } = await import("../corrections/log.js");
    corrections = memoryCorrectionLog();
  }
  try {
    store = await (io.openStore ?? defaultOpenStore)({ corpus, watch: false, cacheDir, corrections, ...(maxBytes ? { maxBytes } : {}) });
  } catch (err) {
    corrections.close();
    if (isCorpusNotFound(err)) {
      io.stderr(`newsdesk: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  try {
    const { summary, search } = store.snapshot;
    for (const w of summary.warnings) io.stderr(`newsdesk: skipped ${w.file}: ${w.reason}\n`);

    if (args.command === "summary") {
      if (args.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      else
        io.stdout(
          `${summary.corpus}: ${summary.articles.length} articles, ${summary.actors.length} actors, ` +
            `${summary.statements.length} statements, ${summary.events.length} events` +
            `${summary.warnings.length ? `, ${summary.warnings.length} files skipped` : ""}.\n` +
            `Add --json for the whole summary.\n`,
        );
      return EXIT_OK;
    }

    if (args.command === "digest") return await printDigest(args, io, { summary, search });
    if (args.command === "corrections") {
      const { runCorrections } = await import("./corrections.js");
      return await runCorrections(args.rest[0] ?? "list", args.rest[1], args.json, store, io);
    }

    let reply: Reply;
    if (args.command === "correct") {
      const { runCommandLazily } = await import("../../commands/load.js");
      const [kind = "", ...target] = args.rest;
      const alias = args.add ?? args.remove;
      reply = await runCommandLazily(
        "correct",
        {
          options: {
            subcommand: kind,
            target: target.join(" "),
            to: args.to ?? alias,
            why: args.why,
            action: args.remove !== undefined ? "remove" : "add",
          },
          author: { id: null, name: safeUser(io.env), via: "cli" },
        },
        { summary, search, corrections: { log: corrections, orphaned: store.snapshot.orphaned ?? [] } },
      );
    } else if (args.command === "reload") {
      const { formatReloadReport } = await import("../../commands/reload.js");
      reply = formatReloadReport(await store.reload());
    } else {
      // only this command's module: the command line answers one command per process
      const { runCommandLazily } = await import("../../commands/load.js");
      reply = await runCommandLazily(
        args.command,
        {
          // "briefing about Raha" asks about Raha, as in a mention or the console
          query: cleanQuery(args.query),
          options: { speaker: args.speaker === undefined ? undefined : cleanQuery(args.speaker) },
          page: args.page,
        },
        { summary, search, corrections: { log: corrections, orphaned: store.snapshot.orphaned ?? [] } },
      );
    }
    io.stdout(args.json ? `${JSON.stringify(reply.json, null, 2)}\n` : renderText(reply));
    // the text says it itself; beside JSON a script's reader learns it here
    const missing = args.json && reply.pagination ? missingPageNote(reply.pagination) : null;
    if (missing) io.stderr(`newsdesk: ${missing}\n`);
    return reply.status === "error" ? EXIT_FAILED : EXIT_OK;
  } finally {
    await store.close();
    corrections.close();
  }
}

async function printDigest(args: CliArgs, io: CliIo, ctx: CommandContext): Promise<number> {
  const { cliDigest } = await import("./digest.js");
  const { SinceError } = await import("../schedule/since.js");
  const { defaultCacheDir } = await import("../store/cache.js");
  try {
    const { text } = cliDigest(ctx, {
      since: args.since,
      topic: args.topic ?? args.query,
      json: args.json,
      cacheDir: io.env.NEWSDESK_CACHE?.trim() || defaultCacheDir(ctx.summary.corpus),
      now: Date.now(),
    });
    io.stdout(text);
    return EXIT_OK;
  } catch (err) {
    if (err instanceof SinceError) {
      io.stderr(`newsdesk: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

/** Who made a correction from the command line: the OS user, as the audit trail records it. */
function safeUser(env: Record<string, string | undefined>): string {
  try {
    return env.USER ?? userInfo().username;
  } catch {
    return "command line";
  }
}
