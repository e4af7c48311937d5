// The bot's configuration: read from the environment (and `.env` through dotenv), validated with zod, with one
// clear message per bad or missing value. The token is never printed.
import { z } from "zod";

const SNOWFLAKE = /^\d{17,20}$/;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

export const ConfigSchema = z.object({
  DISCORD_TOKEN: optionalText.refine((v) => v === undefined || (v.length >= 20 && !/\s/.test(v)), {
    message: "DISCORD_TOKEN does not look like a bot token: copy it from the Developer Portal, Bot tab, Reset Token",
  }),
  DISCORD_CLIENT_ID: optionalText.refine((v) => v === undefined || SNOWFLAKE.test(v), {
    message: "DISCORD_CLIENT_ID must be the application id (17 to 20 digits), from the Developer Portal, General Information",
  }),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || SNOWFLAKE.test(v), {
    message:
      "DISCORD_GUILD_ID must be a server id (17 to 20 digits): right-click the server with Developer Mode on, Copy Server ID; or leave it unset to register globally",
  }),
  NEWSDESK_CORPUS: optionalText.transform((v) => v ?? "seeds/"),
  NEWSDESK_MAX_BYTES: optionalText.refine((v) => v === undefined || /^[1-9][0-9_]*$/.test(v), {
    message: "NEWSDESK_MAX_BYTES must be a number of bytes, such as 5000000 (the largest article file loaded; default 2 MB)",
  }),
  DISCORD_API_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s/]+(\/\S*)?$/.test(v), {
    message: "DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api (the REST base without /v10), or unset",
  }),
  LOG_LEVEL: optionalText
    .transform((v) => (v ?? "info").toLowerCase())
    .refine((v) => ["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(v), {
      message: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    }),
});

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
  const r = ConfigSchema.safeParse({
    DISCORD_TOKEN: env.DISCORD_TOKEN,
    DISCORD_CLIENT_ID: env.DISCORD_CLIENT_ID,
    DISCORD_GUILD_ID: env.DISCORD_GUILD_ID,
    NEWSDESK_CORPUS: env.NEWSDESK_CORPUS,
    NEWSDESK_MAX_BYTES: env.NEWSDESK_MAX_BYTES,
    DISCORD_API_URL: env.DISCORD_API_URL,
    LOG_LEVEL: env.LOG_LEVEL,
  });
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => i.message));
  const d = r.data;
  return {
    token: d.DISCORD_TOKEN,
    clientId: d.DISCORD_CLIENT_ID,
    guildId: d.DISCORD_GUILD_ID,
    corpus: d.NEWSDESK_CORPUS,
    maxBytes: d.NEWSDESK_MAX_BYTES ? Number(d.NEWSDESK_MAX_BYTES.replace(/_/g, "")) : undefined,
    // discord.js appends the API version itself: accept a URL given with it too
    apiUrl: d.DISCORD_API_URL?.replace(/\/+$/, "").replace(/\/v\d+$/, ""),
    logLevel: d.LOG_LEVEL,
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
