// Progress of a long build for a person: on a terminal, one bar on standard error redrawn in place (articles
// done of all, MB/s, time left); without a terminal (a log, CI), a line every few seconds. Nothing at all for
// a build that ends within the first second (a warm start), so quick answers stay clean.
import type { BuildProgress } from "../store/build.js";

export interface ProgressOptions {
  /** Where to write (standard error). */
  write: (text: string) => void;
  /** Whether that is a terminal: a bar redrawn in place, else lines. */
  tty: boolean;
  /** ms before anything is shown (default 1000). */
  delayMs?: number;
  /** ms between lines without a terminal (default 5000); a bar is redrawn at most every 100 ms. */
  everyMs?: number;
  now?: () => number;
}

const WIDTH = 24;

function seconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) return "?";
  if (s < 90) return `${Math.max(1, Math.round(s))} s`;
  return `${Math.round(s / 60)} min`;
}

/** "4,210 of 10,000 articles · 1.3 MB/s · about 45 s left". */
export function describeProgress(p: BuildProgress, elapsedMs: number): string {
  const mbps = elapsedMs > 0 ? p.bytesDone / 1048576 / (elapsedMs / 1000) : 0;
  const left = p.bytesDone > 0 ? ((p.bytesTotal - p.bytesDone) / p.bytesDone) * (elapsedMs / 1000) : Number.NaN;
  const n = (x: number) => x.toLocaleString("en-US");
  return `${n(p.done)} of ${n(p.total)} articles · ${mbps.toFixed(1)} MB/s · ${p.done >= p.total ? "done" : `about ${seconds(left)} left`}`;
}

/** A progress reporter: pass `update` as the build's `onProgress`, call `end` when the build is over. */
export function progressReporter(o: ProgressOptions): { update: (p: BuildProgress) => void; end: () => void } {
  const now = o.now ?? Date.now;
  const started = now();
  const delay = o.delayMs ?? 1000;
  const every = o.tty ? 100 : (o.everyMs ?? 5000);
  let last = -Infinity;
  let shown = false;
  let latest: BuildProgress | null = null;
  const draw = (final: boolean): void => {
    if (!latest) return;
    const text = describeProgress(latest, now() - started);
    if (o.tty) {
      const filled = latest.total > 0 ? Math.round((latest.done / latest.total) * WIDTH) : WIDTH;
      o.write(`\r\x1b[2Kreading the corpus [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${text}${final ? "\n" : ""}`);
    } else o.write(`newsdesk: reading the corpus: ${text}\n`);
    shown = true;
  };
  return {
    update(p) {
      latest = p;
      const t = now();
      if (t - started < delay || t - last < every) return;
      last = t;
      draw(false);
    },
    end() {
      if (shown) draw(true);
    },
  };
}
