// Timing tests scale their bounds by how fast the machine is right now, so that a loaded machine does not fail
// them and a blow-up (quadratic work, a hang) still does.

/** The machine's speed right now: building 200,000 small objects and a map (about 30 ms when idle). */
export function calibrate(): number {
  const c0 = performance.now();
  const probe = new Map<string, number>();
  const objs: object[] = [];
  for (let i = 0; i < 200_000; i++) {
    objs.push({ i, s: `x${i % 3000}` });
    probe.set(`k${i % 9000}`, i);
  }
  return performance.now() - c0 + (objs.length - objs.length);
}
