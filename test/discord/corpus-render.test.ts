// Every answer the real handlers give over real corpora (the seeds and the held-out articles, extracted for
// real), rendered for Discord, must be a message Discord accepts: every command, every page, every actor,
// every autocomplete prefix. A property check, not tied to what the articles say.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { CommandContext, Reply } from "../../commands/reply.js";
import { parseNatural } from "../../commands/natural.js";
import { renderChoices, renderReply } from "../../src/discord/render.js";
import { openStore } from "../../src/store/store.js";
import { validateMessage } from "../support/discord-fake.js";

const ROOT = resolve(import.meta.dirname, "../..");
const cache = mkdtempSync(join(tmpdir(), "newsdesk-render-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function check(reply: Reply, query: string, speaker?: string): void {
  const msg = renderReply(reply, { query, ...(speaker ? { speaker } : {}), ephemeral: reply.status !== "ok" });
  const body = {
    embeds: msg.embeds,
    components: msg.components,
    allowed_mentions: { parse: [] },
    ...(msg.flags ? { flags: msg.flags } : {}),
  };
  const problems = validateMessage(body, { create: true, callback: true });
  expect(problems, `${reply.command} ${JSON.stringify(query)} page ${reply.pagination?.page ?? 0}`).toEqual([]);
}

function allPages(ctx: CommandContext, name: string, query: string, options: Record<string, string | undefined> = {}): number {
  const mod = commands.find((c) => c.name === name)!;
  let n = 0;
  for (let page = 0; page < 50; page++) {
    const reply = mod.handle({ query, options, page, requestedBy: "Test" }, ctx);
    check(reply, query, options.speaker);
    n++;
    if (!reply.pagination || page + 1 >= reply.pagination.pageCount) break;
  }
  return n;
}

describe.each([
  ["seeds", join(ROOT, "seeds")],
  ["held-out", join(ROOT, "test/fixtures/heldout/corpus")],
])("answers over the %s corpus render within Discord's limits", (_name, corpus) => {
  it("every command, page, actor and autocomplete prefix", async () => {
    const store = await openStore({ corpus, cacheDir: join(cache, _name) }, { logger: pino({ level: "silent" }) });
    try {
      const ctx: CommandContext = { summary: store.snapshot.summary, search: store.snapshot.search };
      expect(ctx.summary.articles.length).toBeGreaterThan(0);
      for (const name of ["sources", "help", "briefing", "timeline"]) allPages(ctx, name, "");
      const speakers = ctx.summary.actors.filter((a) => ctx.search.statementCount(a.id) > 0);
      for (const a of ctx.summary.actors) {
        allPages(ctx, "who", a.name);
        allPages(ctx, "claims", a.name);
        allPages(ctx, "timeline", a.name);
        allPages(ctx, "briefing", a.name);
        for (const s of speakers.slice(0, 3)) allPages(ctx, "claims", a.name, { speaker: s.name });
        for (const mod of commands) {
          if (!mod.autocomplete) continue;
          for (const opt of ["name", "about", "speaker", "topic"]) {
            for (const prefix of [a.name.slice(0, 1), a.name.slice(0, 3), a.name]) {
              const choices = renderChoices(mod.autocomplete(opt, prefix, ctx));
              expect(choices.length).toBeLessThanOrEqual(25);
              for (const c of choices) expect(c.name.length >= 1 && c.name.length <= 100 && c.value.length <= 100).toBe(true);
            }
          }
        }
        // questions as a mention would ask them
        for (const q of [
          `who is ${a.name}?`,
          `what did ${a.name} say about ${ctx.summary.actors[0]!.name}?`,
          `timeline ${a.name}`,
          `brief me on ${a.name}`,
        ]) {
          const parsed = parseNatural(q);
          expect(parsed, q).not.toBeNull();
          allPages(ctx, parsed!.command, parsed!.query, parsed!.options);
        }
      }
      for (const junk of ["", "zzzz qqq", "a".repeat(300), "**@everyone** <@123456789012345678>", "' OR 1=1 --"]) {
        for (const name of ["who", "claims", "timeline", "briefing"]) allPages(ctx, name, junk);
      }
    } finally {
      await store.close();
    }
  }, 60_000);
});
