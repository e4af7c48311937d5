// The `newsdesk` command line: opens the summary store on the corpus, runs one command handler and prints its
// reply as text for a person, or its JSON contract with --json. `bot`, `deploy-commands` and `bench` hand over
// to their modules, loaded only when asked for.
import { stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Reply } from "../../commands/reply.js";
import type { StoreOptions, SummaryStore } from "../store/store.js";
import { parseCliArgs, QUERY_COMMANDS, USAGE, UsageError, type CliArgs } from "./args.js";
import { renderText } from "../../commands/text.js";

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

export const DEFAULT_CORPUS = resolve(fileURLToPath(new URL("../../seeds", import.meta.url)));

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
  // the CLI prints skipped files itself; the store's own log stays quiet unless LOG_LEVEL asks for more
  return openStore(opts, { logger: createLogger(process.env.LOG_LEVEL ?? "error") });
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
  const known = [...QUERY_COMMANDS, "summary", "reload", "correct", "corrections"] as string[];
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

  let store: SummaryStore;
  // corrections live in the cache folder beside the extractions, so a corpus and its corrections travel together
  const cacheDir = resolve(io.env.NEWSDESK_CACHE?.trim() || ".newsdesk-cache");
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
    store = await (io.openStore ?? defaultOpenStore)({ corpus, watch: false, cacheDir, corrections });
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

    if (args.command === "corrections") {
      const { runCorrections } = await import("./corrections.js");
      return await runCorrections(args.rest[0] ?? "list", args.rest[1], args.json, store, io);
    }

    let reply: Reply;
    if (args.command === "correct") {
      const { runCommand } = await import("../../commands/index.js");
      const [kind = "", ...target] = args.rest;
      const alias = args.add ?? args.remove;
      reply = runCommand(
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
      const { runCommand } = await import("../../commands/index.js");
      reply = runCommand(
        args.command,
        {
          query: args.query,
          options: { speaker: args.speaker },
          page: args.page,
          requestedBy: safeUser(io.env),
        },
        { summary, search, corrections: { log: corrections, orphaned: store.snapshot.orphaned ?? [] } },
      );
    }
    io.stdout(args.json ? `${JSON.stringify(reply.json, null, 2)}\n` : renderText(reply));
    return reply.status === "error" ? EXIT_FAILED : EXIT_OK;
  } finally {
    await store.close();
    corrections.close();
  }
}

function safeUser(env: Record<string, string | undefined>): string {
  try {
    return env.USER ?? userInfo().username;
  } catch {
    return "command line";
  }
}
