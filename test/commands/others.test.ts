import { describe, expect, it } from "vitest";
import { briefing } from "../../commands/briefing.js";
import { commands, definitions, formatReloadReport, runCommand } from "../../commands/index.js";
import { sources } from "../../commands/sources.js";
import { makeContext, makeSummary } from "./fixture.js";

const ctx = makeContext();

describe("/briefing", () => {
  it("has key actors, newest claims with speakers, timeline highlights, sources and who asked", () => {
    const r = briefing.handle({ query: "", options: {}, page: 0, requestedBy: "Mod Erator" }, ctx);
    expect(r.status).toBe("ok");
    expect(r.fields?.map((f) => f.name)).toEqual(["Key actors", "Newest claims", "Timeline highlights", "Sources"]);
    expect(r.footer).toBe("Requested by Mod Erator");
    const claims = r.fields?.[1]?.value ?? "";
    expect(claims).not.toContain("speaker unclear");
    expect(claims.split("\n")[0]).toContain("attack-report"); // newest article first
    expect(r.citations?.length).toBeGreaterThan(0);
  });
  it("on a topic keeps to that topic", () => {
    const r = briefing.handle({ query: "wagner", options: {}, page: 0 }, ctx);
    expect(r.title).toBe("Briefing: Wagner group");
    expect(r.fields?.[0]?.value).toMatch(/^• Wagner group/);
    expect(r.fields?.[1]?.value).not.toContain("Dockworkers");
  });
  it("is for moderators, in guilds only", () => {
    const json = briefing.definition as {
      default_member_permissions?: string;
      contexts?: number[];
      options?: { name: string; type: number }[];
    };
    expect(briefing.moderatorOnly).toBe(true);
    expect(json.default_member_permissions).toBe("8192");
    expect(json.contexts).toEqual([0]);
    expect(json.options?.map((o) => [o.name, o.type])).toEqual([
      ["topic", 3],
      ["channel", 7],
      ["since", 3],
    ]);
  });
  it("nothing to brief: empty", () => {
    expect(briefing.handle({ query: "qqqzzz", options: {}, page: 0 }, ctx).status).toBe("empty");
  });
});

describe("/sources", () => {
  it("lists articles newest first with counts", () => {
    const r = sources.handle({ query: "", options: {}, page: 0 }, ctx);
    const json = r.json as { articles: { id: string; actors: number; statements: number; events: number }[] };
    expect(json.articles.map((a) => a.id)).toEqual(["attack-report", "harbour-news", "ngo-letter"]);
    expect(json.articles[0]).toMatchObject({ statements: 7, events: 4 });
    expect(r.items?.[2]?.text).toContain("date unknown");
  });
  it("an empty corpus says how to point at another", () => {
    const s = makeSummary();
    s.articles = [];
    s.warnings = [{ file: "bad.txt", reason: "empty file" }];
    const r = sources.handle({ query: "", options: {}, page: 0 }, makeContext(s));
    expect(r.status).toBe("empty");
    expect(r.description).toMatch(/NEWSDESK_CORPUS/);
    expect(r.footer).toMatch(/bad\.txt \(empty file\)/);
  });
});

describe("registry, help and reload", () => {
  it("registers exactly the command names scripts check, with their options", () => {
    expect(definitions.map((d) => d.name)).toEqual([
      "who",
      "claims",
      "timeline",
      "briefing",
      "sources",
      "quote",
      "correct",
      "corrections",
      "settings",
      "schedule",
      "help",
      "reload",
    ]);
    const opts = (name: string) =>
      (definitions.find((d) => d.name === name)!.options ?? []).map(
        (o) => `${o.name}${"required" in o && o.required ? "!" : ""}${"autocomplete" in o && o.autocomplete ? "*" : ""}`,
      );
    expect(opts("who")).toEqual(["name!*"]);
    expect(opts("claims")).toEqual(["about!*", "speaker*"]);
    expect(opts("timeline")).toEqual(["topic*"]);
    const reload = definitions.find((d) => d.name === "reload")! as { default_member_permissions?: string; contexts?: number[] };
    expect(reload.default_member_permissions).toBe("32");
    expect(reload.contexts).toEqual([0]);
  });
  it("every command with autocomplete returns valid choices", () => {
    for (const c of commands) {
      if (!c.autocomplete) continue;
      for (const v of ["", "ra", "wagnr", "x".repeat(300)]) {
        const choices = c.autocomplete("name", v, ctx);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const ch of choices) expect(ch.name.length <= 100 && ch.value.length <= 100 && ch.value.length > 0).toBe(true);
      }
    }
  });
  it("help lists every command with examples; an unknown command gets help", () => {
    const r = runCommand("help", {}, ctx);
    expect(r.status).toBe("help");
    for (const c of commands) expect(JSON.stringify(r.fields)).toContain(`/${c.name}`);
    expect(runCommand("nope", {}, ctx).command).toBe("help");
  });
  it("formats a reload report", () => {
    const r = formatReloadReport({
      added: ["a"],
      changed: [],
      removed: ["b", "c"],
      skipped: [{ file: "x.bin", reason: "binary" }],
      articles: 3,
      actors: 10,
      statements: 4,
      events: 2,
      ms: 12.4,
    });
    expect(r.title).toMatch(/3 articles changed/);
    expect(r.fields?.map((f) => f.name)).toEqual(["Added (1)", "Removed (2)", "Skipped (1)"]);
    expect(r.description).toContain("12 ms");
  });
});

describe("/briefing disputes", () => {
  it("marks a disputed claim among the newest", () => {
    const r = briefing.handle({ query: "port authority", options: {}, page: 0 }, ctx);
    expect(r.fields?.[1]?.value).toMatch(/\[disputed\] Port Authority \(denied\)/);
  });
});
