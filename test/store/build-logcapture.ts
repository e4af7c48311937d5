// A pino logger whose lines are kept in memory, to assert on warnings.
import pino from "pino";
import type { Logger } from "../../src/log.js";

export function captureLogger(): { logger: Logger; lines: { level: number; msg: string; [k: string]: unknown }[] } {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: "debug" }, { write: (s: string) => void lines.push(JSON.parse(s) as { level: number; msg: string }) });
  return { logger, lines };
}
