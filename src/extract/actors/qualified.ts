// A body named bare and, elsewhere in the article, with a qualifier before its name: "the university's Board of
// Trustees" and "the MSU Board of Trustees" are one board. The bare name (two words or more, capitalised) joins
// the one actor whose name is that name after one or two capitalised words; with two such actors it stays apart.
import type { Draft, Registry } from "./registry.js";

const BODY_KINDS = new Set(["organization", "government", "armed-group", "media"]);

export function qualifiedBodies(reg: Registry): void {
  const bodies = [...reg.drafts.values()].filter((d) => BODY_KINDS.has(d.kind));
  if (bodies.length < 2) return;
  for (const short of bodies) {
    if (!/^\p{Lu}\S*\s+\S/u.test(short.name) || !reg.get(short.key)) continue;
    const suffix = ` ${short.name}`;
    let into: Draft | undefined;
    let count = 0;
    for (const long of bodies) {
      if (long === short || !long.name.endsWith(suffix)) continue;
      const prefix = long.name.slice(0, -suffix.length).split(/\s+/);
      if (prefix.length > 2 || !prefix.every((w) => /^\p{Lu}/u.test(w))) continue;
      into = long;
      count++;
    }
    if (into && count === 1 && reg.get(into.key)) reg.absorb(into, short);
  }
}
