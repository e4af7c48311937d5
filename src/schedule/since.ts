// The since-mark a person types: "24h", "7d", "90m", or an ISO date or date-time ("2026-12-01",
// "2026-12-01T06:00Z"). "last" (since the channel's previous briefing) is the caller's: it needs a channel.
export class SinceError extends Error {
  constructor(text: string) {
    super(`“${text}” is not a since-mark: use 24h, 7d, 90m, or an ISO date such as 2026-12-01 or 2026-12-01T06:00Z.`);
    this.name = "SinceError";
  }
}

const UNIT: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** The time (ms) a since-mark names, counted back from `now`. */
export function parseSince(text: string, now: number): number {
  const t = text.trim();
  const rel = /^(\d{1,5})\s*([mhdw])$/i.exec(t);
  if (rel) return now - Number(rel[1]) * (UNIT[(rel[2] as string).toLowerCase()] as number);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) {
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new SinceError(text);
}

/** "in the last 24h", "since 2026-12-01". */
export function sinceLabel(text: string): string {
  return /^\d/.test(text.trim()) && /[mhdw]$/i.test(text.trim()) ? `in the last ${text.trim()}` : `since ${text.trim()}`;
}
