// One claim, one entry: a partial quote inside a reported statement ("said the plan was “a betrayal” of the
// deal") is in the summary twice, as the reported statement and as the quoted fragment. Lists shown to a user
// keep the reported statement, which shows the fragment in its words, and leave the fragment out (their JSON
// answers too). The summary keeps both.
import type { Statement } from "../../src/model/schema.js";

/** `list` without the direct quotes that lie inside a reported statement of the same speaker in the same
 * sentence that is itself in the list (order kept). */
export function withoutInnerQuotes(list: readonly Statement[]): Statement[] {
  const reported = new Map<string, Statement[]>();
  for (const s of list) {
    if (s.kind !== "indirect") continue;
    const at = `${s.article}\u0000${s.sentence}`;
    const same = reported.get(at);
    if (same) same.push(s);
    else reported.set(at, [s]);
  }
  if (reported.size === 0) return [...list];
  return list.filter((s) => !isInnerQuote(s, reported.get(`${s.article}\u0000${s.sentence}`) ?? []));
}

/** Whether `s` is a direct quote inside a reported statement of the same speaker and sentence among
 * `sameArticle` (the statements of its article). */
export function isInnerQuote(s: Statement, sameArticle: readonly Statement[]): boolean {
  return (
    s.kind === "direct" &&
    sameArticle.some(
      (t) =>
        t.kind === "indirect" &&
        t.sentence === s.sentence &&
        t.speaker === s.speaker &&
        t.span.start <= s.span.start &&
        s.span.end <= t.span.end,
    )
  );
}
