// Worker threads start the same kind of module as their parent: compiled JavaScript as it is (no TypeScript
// loader registered, nothing compiled at run time), TypeScript sources through tsx (vitest, tsx).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { tsWorker } from "../../src/store/worker.js";

const dir = mkdtempSync(join(tmpdir(), "newsdesk-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a worker on `file` and returns the first message it posts. */
function firstMessage(file: string): Promise<unknown> {
  const w = tsWorker(pathToFileURL(file).href, null);
  return new Promise((resolvePromise, reject) => {
    w.once("message", (m) => {
      void w.terminate();
      resolvePromise(m);
    });
    w.once("error", reject);
  });
}

// a TypeScript module can be imported only where a TypeScript loader is registered
writeFileSync(join(dir, "probe.ts"), "export const typed: number = 1;\n");
const probe = `import { parentPort } from "node:worker_threads";
import(${JSON.stringify(pathToFileURL(join(dir, "probe.ts")).href)}).then(() => parentPort.postMessage("ts loader"), () => parentPort.postMessage("plain node"));
`;

describe("tsWorker", () => {
  it("runs a compiled .js module in plain Node, without registering a TypeScript loader", async () => {
    writeFileSync(join(dir, "compiled.js"), probe);
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    expect(await firstMessage(join(dir, "compiled.js"))).toBe("plain node");
  });
  it("runs a .ts module through tsx", async () => {
    writeFileSync(join(dir, "source.ts"), probe);
    expect(await firstMessage(join(dir, "source.ts"))).toBe("ts loader");
  });
});
