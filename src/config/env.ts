// The bot's configuration: read from the environment (and `.env` through dotenv), checked against a table of
// rules, one clear message per bad or missing value. The token is never printed. Plain code rather than zod:
// every program starts here, and a command-line answer must not pay for loading zod.

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** One variable: its rule (true when the trimmed value is fine; unset values are not checked) and the message
 * when it is not. */
interface Rule {
  ok: (value: string) => boolean;
  message: string;
}

const RULES: Record<string, Rule> = {
  DISCORD_TOKEN: {
    ok: (v) => v.length >= 20 && !/\s/.test(v),
    message: "DISCORD_TOKEN does not look like a bot token: copy it from the Developer Portal, Bot tab, Reset Token",
  },
  DISCORD_CLIENT_ID: {
    ok: (v) => SNOWFLAKE.test(v),
    message: "DISCORD_CLIENT_ID must be the application id (17 to 20 digits), from the Developer Portal, General Information",
  },
  DISCORD_GUILD_ID: {
    ok: (v) => SNOWFLAKE.test(v),
    message:
      "DISCORD_GUILD_ID must be a server id (17 to 20 digits): right-click the server with Developer Mode on, Copy Server ID; or leave it unset to register globally",
  },
  NEWSDESK_MAX_BYTES: {
    ok: (v) => /^[1-9][0-9_]*$/.test(v),
    message: "NEWSDESK_MAX_BYTES must be a number of bytes, such as 5000000 (the largest article file loaded; default 2 MB)",
  },
  DISCORD_API_URL: {
    ok: (v) => /^https?:\/\/[^\s/]+(\/\S*)?$/.test(v),
    message: "DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api (the REST base without /v10), or unset",
  },
  LOG_LEVEL: {
    ok: (v) => LOG_LEVELS.includes(v.toLowerCase()),
    message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`,
  },
};

export interface Config {
  token: string | undefined;
  clientId: string | undefined;
  guildId: string | undefined;
  corpus: string;
  /** Largest article file loaded, in bytes (NEWSDESK_MAX_BYTES), or undefined for the default (2 MB). */
  maxBytes: number | undefined;
  /** REST base URL without the version (`http://127.0.0.1:8080/api`), or undefined for Discord's. */
  apiUrl: string | undefined;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `the configuration has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSet them in the environment or in .env (see .env.example).`,
    );
    this.name = "ConfigError";
  }
}

/** Validates an environment (default: `process.env`). Throws a `ConfigError` listing every bad value. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // an empty value (as in a copied .env.example) is unset
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const problems = Object.entries(RULES).flatMap(([name, rule]) => {
    const v = value(name);
    return v === undefined || rule.ok(v) ? [] : [rule.message];
  });
  if (problems.length > 0) throw new ConfigError(problems);
  const maxBytes = value("NEWSDESK_MAX_BYTES");
  return {
    token: value("DISCORD_TOKEN"),
    clientId: value("DISCORD_CLIENT_ID"),
    guildId: value("DISCORD_GUILD_ID"),
    corpus: value("NEWSDESK_CORPUS") ?? "seeds/",
    maxBytes: maxBytes ? Number(maxBytes.replace(/_/g, "")) : undefined,
    // discord.js appends the API version itself: accept a URL given with it too
    apiUrl: value("DISCORD_API_URL")
      ?.replace(/\/+$/, "")
      .replace(/\/v\d+$/, ""),
    logLevel: (value("LOG_LEVEL") ?? "info").toLowerCase(),
  };
}

/** Loads `.env` (without overriding variables already set) and validates. */
export async function loadConfig(): Promise<Config> {
  const dotenv = await import("dotenv");
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}

/** The token requirement, with how to satisfy it. */
export function requireToken(config: Config): string {
  if (!config.token) {
    throw new ConfigError([
      "DISCORD_TOKEN is not set: create an application at https://discord.com/developers/applications, open Bot, Reset Token, and put DISCORD_TOKEN=… in .env",
    ]);
  }
  return config.token;
}

export function requireClientId(config: Config): string {
  if (!config.clientId) {
    throw new ConfigError([
      "DISCORD_CLIENT_ID is not set: copy the Application ID from the Developer Portal, General Information, into .env",
    ]);
  }
  return config.clientId;
}
