// The incremental merge regroups only the neighbourhood of the changed articles and gets the same actors as a
// merge from scratch, including the cases where a change elsewhere decides an acronym or splits an actor.
import { describe, expect, it } from "vitest";
import type { ArticleExtraction } from "../../src/extract/types.js";
import { canonicalActor } from "../../src/summary/actors.js";
import { regroup, type NodeSource, type StoredNode } from "../../src/summary/incremental.js";
import { mergeExtractions, mergeState } from "../../src/summary/merge.js";
import { nodeKeys, nodesOf } from "../../src/summary/partition.js";
import { extraction } from "./extraction-fixture.js";

/** The nodes of a full merge, as the store would keep them. */
function sourceOf(extractions: ArticleExtraction[]): NodeSource {
  const st = mergeState("c", extractions, []);
  const nodes: StoredNode[] = st.nodes.map((n, i) => ({ ...n, actor: st.nodeActors[i]! }));
  return {
    nodesOfArticles: (ids) => nodes.filter((n) => ids.includes(n.article)),
    actorsWithKeys: (keys) => [...new Set(nodes.filter((n) => nodeKeys(n).some((k) => keys.includes(k))).map((n) => n.actor))],
    nodesOfActors: (ids) => nodes.filter((n) => ids.includes(n.actor)),
  };
}

/** The actors (names, kinds, articles, mentions) of the neighbourhood after the change, and of a full merge
 * of the changed corpus restricted to the neighbourhood's articles' actors. */
function compare(before: ArticleExtraction[], after: ArticleExtraction[], changed: string[]) {
  const added = after.filter((e) => changed.includes(e.article.id)).flatMap(nodesOf);
  const rg = regroup(sourceOf(before), changed, added);
  const got = rg.groups.map((g) => canonicalActor(g.map((i) => rg.nodes[i]!)));
  const inHood = new Set(rg.nodes.map((n) => `${n.article}:${n.name}`));
  const full = mergeExtractions("c", after, []).actors.filter((a) =>
    after.some((e) => a.articles.includes(e.article.id) && e.actors.some((x) => inHood.has(`${e.article.id}:${x.name}`))),
  );
  return {
    got: got.map((a) => [a.name, a.kind, a.articles, a.mentions]),
    want: full.map((a) => [a.name, a.kind, a.articles, a.mentions]),
    rg,
  };
}

describe("incremental merge", () => {
  const au = (id: string) => extraction(id, [{ name: "AU", kind: "organization" }]);
  const union = (id: string, name: string) => extraction(id, [{ name, kind: "organization", aliases: ["AU"] }]);

  it.each([
    {
      what: "a new article with a known person joins that person",
      before: [extraction("a", [{ name: "Amadou Diallo", kind: "person" }]), extraction("b", [{ name: "Fatou Sow", kind: "person" }])],
      after: [
        extraction("a", [{ name: "Amadou Diallo", kind: "person" }]),
        extraction("b", [{ name: "Fatou Sow", kind: "person" }]),
        extraction("c", [{ name: "Amadou Diallo", kind: "person", mentionCount: 3 }]),
      ],
      changed: ["c"],
    },
    {
      what: "a second expansion makes an acronym ambiguous: the acronym-only actor leaves the first",
      before: [union("a", "African Union"), au("b")],
      after: [union("a", "African Union"), au("b"), union("c", "Arab Union")],
      changed: ["c"],
    },
    {
      what: "the second expansion gone: the acronym joins the one left",
      before: [union("a", "African Union"), au("b"), union("c", "Arab Union")],
      after: [union("a", "African Union"), au("b")],
      changed: ["c"],
    },
    {
      what: "the article that bridged two names through an alias is rewritten: the actor splits",
      before: [
        extraction("a", [{ name: "Wagner Group", kind: "armed-group" }]),
        extraction("b", [{ name: "Africa Corps", kind: "armed-group", aliases: ["Wagner"] }]),
        extraction("c", [{ name: "Wagner", kind: "armed-group" }]),
      ],
      after: [
        extraction("a", [{ name: "Wagner Group", kind: "armed-group" }]),
        extraction("b", [{ name: "Africa Corps", kind: "armed-group" }]),
        extraction("c", [{ name: "Wagner", kind: "armed-group" }]),
      ],
      changed: ["b"],
    },
  ])("$what", ({ before, after, changed }) => {
    const { got, want } = compare(before, after, changed);
    expect(got).toEqual(want);
  });

  it("leaves actors that share no key with the change out of the neighbourhood", () => {
    const before = [extraction("a", [{ name: "Amadou Diallo", kind: "person" }]), extraction("b", [{ name: "Fatou Sow", kind: "person" }])];
    const after = [extraction("a", [{ name: "Amadou Diallo", kind: "person", mentionCount: 2 }]), before[1]!];
    const { rg } = compare(before, after, ["a"]);
    expect(rg.nodes.map((n) => n.name)).toEqual(["Amadou Diallo"]);
  });
});
