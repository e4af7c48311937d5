// The command line's answer time, as a person meets it: `node bin/newsdesk.js who raha` on the seeds, each in a
// fresh process, timed from spawn to exit (process start, module loading, the warm summary from the cache, the
// answer). One run first fills the cache and is not counted; then the median of `runs`.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { PROJECT_ROOT } from "../config/paths.js";

export const CLI_ARGS = ["who", "raha"];

function runOnce(bin: string, env: NodeJS.ProcessEnv): Promise<number> {
  const t = performance.now();
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, [bin, ...CLI_ARGS], { cwd: PROJECT_ROOT, env }, (err, stdout) => {
      if (err) return reject(new Error(`\`newsdesk ${CLI_ARGS.join(" ")}\` failed: ${err.message}`));
      if (!stdout.trim()) return reject(new Error(`\`newsdesk ${CLI_ARGS.join(" ")}\` printed nothing`));
      resolvePromise(performance.now() - t);
    });
  });
}

/** Median ms of `runs` warm answers of `newsdesk who raha` on the seeds (default corpus). */
export async function measureCliAnswer(runs = 5): Promise<{ median: number; samples: number[] }> {
  const bin = join(PROJECT_ROOT, "bin", "newsdesk.js");
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "error" };
  delete env.NEWSDESK_CORPUS; // the seeds
  await runOnce(bin, env); // fills the cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await runOnce(bin, env));
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: Math.round(sorted[Math.floor(sorted.length / 2)]!), samples: samples.map(Math.round) };
}
