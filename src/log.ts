// Structured logs (pino) on standard error, so that standard output stays the command's answer.
// The Discord token is redacted wherever it might appear.
// pino itself is loaded on the first message that passes the level (or the first use of anything else of the
// logger, such as `child`): it takes about a tenth of a second to load, and a command-line answer that logs
// nothing must not pay for it.
import { createRequire } from "node:module";
import type pino from "pino";

export type Logger = pino.Logger;

const require = createRequire(import.meta.url);

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Number.POSITIVE_INFINITY };

function pinoLogger(level: string): Logger {
  const create = require("pino") as typeof pino;
  return create(
    {
      level,
      base: { app: "newsdesk" },
      redact: { paths: ["token", "*.token", "config.token", "headers.authorization", "*.headers.authorization"], censor: "[redacted]" },
    },
    create.destination({ fd: 2, sync: true }),
  );
}

const noop = (): void => {};

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  let real: Logger | undefined;
  const get = (): Logger => {
    real ??= pinoLogger(level);
    return real;
  };
  const threshold = LEVELS[level] ?? LEVELS.info!;
  return new Proxy({} as Logger, {
    get(_target, prop) {
      if (!real) {
        if (prop === "level") return level;
        if (typeof prop === "string" && LEVELS[prop] !== undefined && LEVELS[prop]! < threshold) return noop;
        if (prop === "isLevelEnabled") return (l: string) => (LEVELS[l] ?? 0) >= threshold;
      }
      const r = get();
      const v = Reflect.get(r, prop, r) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(r) : v;
    },
    set(_target, prop, value) {
      return Reflect.set(get(), prop, value);
    },
  });
}

export const logger: Logger = createLogger();
