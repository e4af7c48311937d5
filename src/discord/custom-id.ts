// Button state lives in the button's customId, so a Previous/Next or "did you mean" button still works after
// the bot restarts. Format: `<command>:<page>:<speaker length>:<speaker><query>` (the length prefix keeps any
// character usable in the query). When that would pass Discord's 100 characters, the id holds a short hash
// instead (`<command>:<page>:#<hash>`) and the query is kept in memory: such a button works until a restart,
// after which the bot says to run the command again.
import { createHash } from "node:crypto";
import { LIMITS } from "./limits.js";

export interface ButtonState {
  command: string;
  page: number;
  query: string;
  speaker?: string;
  /** A "did you mean" choice (answered apart) rather than a page of the same answer. */
  pick?: boolean;
}

const long = new Map<string, { query: string; speaker?: string }>();
const MAX_REMEMBERED = 5000;

function remember(key: string, value: { query: string; speaker?: string }): void {
  long.delete(key);
  long.set(key, value);
  if (long.size > MAX_REMEMBERED) {
    const oldest = long.keys().next().value;
    if (oldest !== undefined) long.delete(oldest);
  }
}

export function encodeState(s: ButtonState): string {
  const speaker = s.speaker ?? "";
  const head = `${s.pick ? "?" : ""}${s.command}`;
  const full = `${head}:${s.page}:${speaker.length}:${speaker}${s.query}`;
  if (full.length <= LIMITS.customId) return full;
  const hash = createHash("sha256").update(`${speaker}\u0000${s.query}`).digest("base64url").slice(0, 16);
  remember(hash, { query: s.query, speaker: s.speaker });
  return `${head}:${s.page}:#${hash}`;
}

export type DecodeResult = { ok: true; state: ButtonState } | { ok: false; reason: "malformed" | "expired" };

export function decodeState(id: string): DecodeResult {
  const m = /^(\??)([a-z][a-z0-9_-]*):(\d{1,6}):(.*)$/s.exec(id);
  if (!m) return { ok: false, reason: "malformed" };
  const pick = m[1] === "?" ? { pick: true } : {};
  const command = m[2] as string;
  const page = Number(m[3]);
  const rest = m[4] as string;
  if (rest.startsWith("#")) {
    const found = long.get(rest.slice(1));
    if (!found) return { ok: false, reason: "expired" };
    return { ok: true, state: { command, page, query: found.query, ...(found.speaker ? { speaker: found.speaker } : {}), ...pick } };
  }
  const lm = /^(\d{1,3}):/.exec(rest);
  if (!lm) return { ok: false, reason: "malformed" };
  const len = Number(lm[1]);
  const body = rest.slice((lm[0] as string).length);
  if (len > body.length) return { ok: false, reason: "malformed" };
  const speaker = body.slice(0, len);
  return { ok: true, state: { command, page, query: body.slice(len), ...(speaker ? { speaker } : {}), ...pick } };
}

/** A reply action's button id: `act:<command>:<arg>` (the arg is the command's, e.g. `undo:12`). */
export function encodeAction(command: string, arg: string): string {
  return `act:${command}:${arg}`.slice(0, LIMITS.customId);
}

export function decodeAction(id: string): { command: string; arg: string } | null {
  const m = /^act:([a-z][a-z0-9_-]*):(.+)$/s.exec(id);
  return m ? { command: m[1] as string, arg: m[2] as string } : null;
}
