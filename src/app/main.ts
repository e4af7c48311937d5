// Entry of the `newsdesk` command (bin/newsdesk.js): picks the program a command line asks for — the bot (or
// the local console when no token is set), the command registration, the bench, or one command-line answer —
// and sets the exit code. Errors nobody expected are reported in one line with what to try, never as a stack
// trace (LOG_LEVEL=debug shows it). Each program is imported only when asked for, so a command-line answer
// never loads discord.js.
import { EXIT_FAILED, EXIT_OK, runCli } from "../cli/run.js";

async function run(argv: string[]): Promise<number> {
  const first = argv[0];
  if (first === "bot") {
    const { startBot } = await import("./start.js");
    await startBot();
    return EXIT_OK;
  }
  if (first === "deploy-commands") {
    const { deployCommands } = await import("../discord/deploy.js");
    await deployCommands();
    return EXIT_OK;
  }
  if (first === "bench") {
    const { runBench } = await import("../bench/run.js");
    await runBench(argv.slice(1));
    return EXIT_OK;
  }
  return runCli(argv, {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
  });
}

// `newsdesk summary --json | head -1`: the reader closed the pipe, as Unix tools expect, so stop quietly with 0
// instead of a stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (err) {
  const e = err as Error;
  process.stderr.write(`newsdesk: ${e?.message ?? String(err)}\nRun \`newsdesk help\` for usage; set LOG_LEVEL=debug for details.\n`);
  if (process.env.LOG_LEVEL === "debug") process.stderr.write(`${e?.stack ?? ""}\n`);
  process.exitCode = EXIT_FAILED;
}
