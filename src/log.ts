// Structured logs (pino) on standard error, so that standard output stays the command's answer.
// The Discord token is redacted wherever it might appear.
import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { app: "newsdesk" },
      redact: { paths: ["token", "*.token", "config.token", "headers.authorization", "*.headers.authorization"], censor: "[redacted]" },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}

export const logger: Logger = createLogger();
