import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, requireClientId, requireToken } from "../../src/config/env.js";
import { clientOptions } from "../../src/discord/client-options.js";
import { REST_REQUESTS_PER_SECOND } from "../../src/discord/schedule.js";

const TOKEN = "MTAx.fake-token-for-tests.abcdefghijkl";

describe("parseConfig", () => {
  it("applies defaults", () => {
    const c = parseConfig({});
    expect(c).toEqual({ token: undefined, clientId: undefined, guildId: undefined, corpus: "seeds/", apiUrl: undefined, logLevel: "info" });
  });

  it("reads every variable and trims the API URL", () => {
    const c = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: "123456789012345678",
      DISCORD_GUILD_ID: "223456789012345678",
      NEWSDESK_CORPUS: "corpus/",
      DISCORD_API_URL: "http://127.0.0.1:9999/api/",
      LOG_LEVEL: "DEBUG",
    });
    expect(c).toEqual({
      token: TOKEN,
      clientId: "123456789012345678",
      guildId: "223456789012345678",
      corpus: "corpus/",
      apiUrl: "http://127.0.0.1:9999/api",
      logLevel: "debug",
    });
  });

  it("drops a version suffix from the API URL (discord.js adds /v10)", () => {
    expect(parseConfig({ DISCORD_API_URL: "http://127.0.0.1:9999/api/v10" }).apiUrl).toBe("http://127.0.0.1:9999/api");
  });

  it("treats empty values (as in a copied .env.example) as unset", () => {
    expect(parseConfig({ DISCORD_TOKEN: "", DISCORD_GUILD_ID: " ", DISCORD_API_URL: "" }).token).toBeUndefined();
  });

  it("lists every bad value with what to do, never echoing the token", () => {
    let err: unknown;
    try {
      parseConfig({
        DISCORD_TOKEN: "short secret",
        DISCORD_CLIENT_ID: "abc",
        DISCORD_GUILD_ID: "12",
        DISCORD_API_URL: "ftp://x",
        LOG_LEVEL: "loud",
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const e = err as ConfigError;
    expect(e.problems).toHaveLength(5);
    expect(e.message).toMatch(/DISCORD_TOKEN/);
    expect(e.message).toMatch(/DISCORD_CLIENT_ID/);
    expect(e.message).toMatch(/DISCORD_GUILD_ID/);
    expect(e.message).toMatch(/DISCORD_API_URL/);
    expect(e.message).toMatch(/LOG_LEVEL/);
    expect(e.message).not.toContain("short secret");
  });

  it("says how to get a missing token and client id", () => {
    expect(() => requireToken(parseConfig({}))).toThrow(/Developer Portal|developers/);
    expect(() => requireClientId(parseConfig({}))).toThrow(/Application ID/);
  });
});

describe("clientOptions", () => {
  it("asks for Guilds and GuildMessages only, and sets rest.api only when given", () => {
    const without = clientOptions({ apiUrl: undefined });
    expect(without.rest).toEqual({ globalRequestsPerSecond: REST_REQUESTS_PER_SECOND });
    expect(without.intents).toEqual([1, 512]);
    expect(without.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(clientOptions({ apiUrl: "http://127.0.0.1:1/api" }).rest).toEqual({
      api: "http://127.0.0.1:1/api",
      globalRequestsPerSecond: REST_REQUESTS_PER_SECOND,
    });
  });
});

describe("configuration messages", () => {
  it("say “newsdesk:” once (the caller adds it), and deploy without a token does not suggest the console", () => {
    let message = "";
    try {
      parseConfig({ DISCORD_TOKEN: "short" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^the configuration has a problem/);
    let tokenMessage = "";
    try {
      requireToken(parseConfig({}));
    } catch (err) {
      tokenMessage = (err as Error).message;
    }
    expect(tokenMessage).toMatch(/DISCORD_TOKEN is not set/);
    expect(tokenMessage).not.toMatch(/console/);
  });
});
