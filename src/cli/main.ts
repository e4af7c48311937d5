// Entry of the `newsdesk` command (bin/newsdesk.js): runs the command line and sets the exit code. Errors
// nobody expected are reported in one line with what to try, never as a stack trace (LOG_LEVEL=debug shows it).
import { runCli, EXIT_FAILED } from "./run.js";

try {
  const code = await runCli(process.argv.slice(2), {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    env: process.env,
  });
  process.exitCode = code;
} catch (err) {
  const e = err as Error;
  process.stderr.write(`newsdesk: ${e?.message ?? String(err)}\nRun \`newsdesk help\` for usage; set LOG_LEVEL=debug for details.\n`);
  if (process.env.LOG_LEVEL === "debug") process.stderr.write(`${e?.stack ?? ""}\n`);
  process.exitCode = EXIT_FAILED;
}
