// The local console over the fixture store: slash forms, questions, paging, reload, help and quit.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/cli/console.js";
import { commands } from "../../commands/index.js";
import { fixtureStore } from "../support/fixture-summary.js";

async function session(lines: string[]): Promise<{ out: string; reloads: number }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (d) => (out += String(d)));
  const store = fixtureStore();
  const done = runConsole(store, { input, output, modules: commands });
  for (const l of lines) input.write(`${l}\n`);
  input.end();
  await done;
  return { out, reloads: store.reloads };
}

describe("runConsole", () => {
  it("answers slash commands and questions the same way", async () => {
    const { out } = await session(["/who raha", "who is raha?"]);
    expect(out.match(/Rachid Raha\n=+/g)?.length).toBe(2);
  });

  it("pages with next and prev", async () => {
    const { out } = await session(["/claims union", "next", "next", "prev"]);
    expect(out).toMatch(/Page 1 of 2/);
    expect(out).toMatch(/Page 2 of 2/);
    expect(out).toMatch(/That was the last page/);
  });

  it("understands claims with a speaker, timeline and briefing questions", async () => {
    const { out } = await session(["what did the CMA say about Wagner?", "timeline Bir", "brief me"]);
    expect(out).toMatch(/Wagner/);
    expect(out).toMatch(/Bir/);
    expect(out).toMatch(/Briefing/);
  });

  it("reloads, helps, and stops at quit", async () => {
    const { out, reloads } = await session(["reload", "help", "quit", "/who raha"]);
    expect(reloads).toBe(1);
    expect(out).toMatch(/next, prev/);
    expect(out).not.toMatch(/Rachid Raha\n=+/);
  });

  it("says what it did not understand", async () => {
    const { out } = await session(["why is the sky blue and what should we do about it today"]);
    expect(out).toMatch(/did not understand/);
  });
});
