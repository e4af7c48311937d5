// The nearest-rank percentile the bench reports everywhere (latency, bot, soak): the smallest sample with at
// least `q` of the samples at or below it; null for no samples.
export function percentile(samples: readonly number[], q: number): number | null {
  if (samples.length === 0) return null;
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? null;
}
