// A child process for the crash tests: opens the database-backed store and kills itself with SIGKILL in the
// middle of writing the summary rows, at the point the mode names (`build`: the full write after a cold
// build; `change`: the transaction of a live change that appends LINE to FILE after the store opened).
// Run with tsx: crash-child.ts MODE CORPUS CACHE [FILE LINE]
import { createLogger } from "../../../src/log.js";
import { RowWriter } from "../../../src/store/db/write.js";
import { openStore } from "../../../src/store/store.js";

import { appendFile } from "node:fs/promises";
import { join } from "node:path";

const [mode, corpus, cacheDir, file, line] = process.argv.slice(2) as [string, string, string, string?, string?];
const die = () => process.kill(process.pid, "SIGKILL");
if (mode === "build") {
  // writeAll inserts articles and records before nodes: die with half of the state written
  RowWriter.prototype.nodes = die;
}
const store = await openStore({ corpus, cacheDir, watch: false }, { logger: createLogger("silent"), workers: 1 });
if (mode === "change" && file && line) {
  await appendFile(join(corpus, file), `\n${line}\n`);
  // the change's transaction has deleted the article's old rows when it writes its new records: die there
  RowWriter.prototype.records = die;
  await (store as typeof store & { refresh(files: string[]): Promise<unknown> }).refresh([file]);
}
process.stdout.write("not killed\n");
await store.close();
