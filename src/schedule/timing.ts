// When a schedule runs: "HH:MM" daily or on weekdays in an IANA zone, turned into a cron pattern that croner
// evaluates in that zone (so 07:30 Europe/Paris is 07:30 local on both sides of a daylight-saving change, and
// a time that does not exist that night runs once, at the first minute after the gap). Also the checks of
// what a moderator types and the zone names offered by autocomplete. No clock here: callers pass the time.
import { Cron } from "croner";
import type { Days } from "./store.js";

export class ScheduleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScheduleInputError";
  }
}

const TIME = /^([01]?\d|2[0-3])[:h.]([0-5]\d)$/;

/** "7:30", "07:30", "07h30" → "07:30"; anything else throws with the expected form. */
export function parseTime(text: string): string {
  const m = TIME.exec(text.trim());
  if (!m) throw new ScheduleInputError(`“${text}” is not a time: write it as HH:MM on the 24-hour clock, for example 07:30.`);
  return `${(m[1] as string).padStart(2, "0")}:${m[2]}`;
}

let zones: string[] | null = null;
/** Every IANA zone name this Node knows, plus UTC. */
export function timeZones(): string[] {
  if (!zones) {
    const list = Intl.supportedValuesOf("timeZone");
    zones = list.includes("UTC") ? list : ["UTC", ...list];
  }
  return zones;
}

/** The zone's canonical spelling ("europe/paris" → "Europe/Paris"); throws for an unknown zone. */
export function parseZone(text: string): string {
  const t = text.trim();
  const exact = timeZones().find((z) => z.toLowerCase() === t.toLowerCase());
  if (exact) return exact;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: t }).resolvedOptions().timeZone;
  } catch {
    throw new ScheduleInputError(
      `“${text}” is not a time zone: pick an IANA name from the list, such as Europe/Paris or America/New_York.`,
    );
  }
}

/** Up to 25 zone names for autocomplete: those starting with what was typed first, then those containing it. */
export function zoneChoices(typed: string, limit = 25): string[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, "_");
  if (q === "") return ["UTC", "Europe/London", "Europe/Paris", "America/New_York", "Asia/Tokyo"].slice(0, limit);
  const all = timeZones();
  const starts = all.filter((z) => z.toLowerCase().startsWith(q) || (z.split("/").pop() ?? "").toLowerCase().startsWith(q));
  const contains = all.filter((z) => !starts.includes(z) && z.toLowerCase().includes(q));
  return [...starts, ...contains].slice(0, limit);
}

export function cronPattern(time: string, days: Days): string {
  const [h, m] = time.split(":").map(Number);
  return `${m} ${h} * * ${days === "weekdays" ? "1-5" : "*"}`;
}

/** The first run strictly after `after` (ms), or null when there is none. */
export function nextRun(s: { time: string; timezone: string; days: Days }, after: number): number | null {
  const cron = new Cron(cronPattern(s.time, s.days), { timezone: s.timezone, paused: true });
  try {
    return cron.nextRun(new Date(after))?.getTime() ?? null;
  } finally {
    cron.stop();
  }
}

/** "Mon, 30 March 2026 at 07:30 (Europe/Paris)". */
export function formatInZone(at: number, timezone: string): string {
  const f = new Intl.DateTimeFormat("en-GB", {
    timeZone: timezone,
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return `${f.format(new Date(at))} (${timezone})`;
}

/** Discord's full date-time timestamp, shown in each reader's own zone. */
export function discordTime(at: number): string {
  return `<t:${Math.floor(at / 1000)}:F>`;
}
