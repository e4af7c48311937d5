// The incremental merge: when some articles change, only the actors they can affect are grouped again.
// A node (local actor) can only join nodes it shares a key with (nodeKeys: names, proper-name aliases,
// acronyms), so the actors reachable from the changed articles' old and new nodes through shared keys form a
// closed neighbourhood: grouping it alone (partition.ts, in corpus order) gives exactly the groups a full
// merge would give it, and every actor outside it stays as it was. The nodes are read through a NodeSource
// (the store keeps them in its database); what to do with the new groups (ids, records, rows) is the store's.
import { drain } from "../steps.js";
import { compareNodes, nodeKeys, partition, type MergeNode } from "./partition.js";

/** A node as stored, with the id of the merged actor it belongs to. */
export interface StoredNode extends MergeNode {
  actor: string;
}

export interface NodeSource {
  nodesOfArticles(ids: readonly string[]): StoredNode[];
  /** The actors having a node with one of these keys. */
  actorsWithKeys(keys: readonly string[]): string[];
  nodesOfActors(ids: readonly string[]): StoredNode[];
}

export interface Regrouped {
  /** Ids of the actors before the change that the neighbourhood replaces. */
  replaced: Set<string>;
  /** The neighbourhood's nodes after the change, in corpus order. */
  nodes: MergeNode[];
  /** The actor each node had before the change (undefined for a changed article's new nodes). */
  previous: (string | undefined)[];
  /** Groups of `nodes` indexes that are one actor, in order of first appearance. */
  groups: number[][];
}

const nodeId = (n: { article: string; idx: number }) => `${n.article}\u0000${n.idx}`;

/** Groups again the actors that articles `changed` (ids) can affect, given their new nodes `added` (none for
 * an article that is gone). */
export function regroup(source: NodeSource, changed: readonly string[], added: readonly MergeNode[]): Regrouped {
  return drain(regroupSteps(source, changed, added));
}

/** The same, pausing (yield) after each read of the source: a neighbourhood around an actor named in
 * thousands of articles is read in several batches, and the caller may give the event loop a turn between
 * them (src/store/cooperative.ts). */
export function* regroupSteps(
  source: NodeSource,
  changed: readonly string[],
  added: readonly MergeNode[],
): Generator<void, Regrouped, void> {
  const changedSet = new Set(changed);
  const seen = new Map<string, StoredNode>();
  const replaced = new Set<string>();
  const seenKeys = new Set<string>();
  let keys: string[] = [];
  let actors: string[] = [];
  const addKeys = (n: MergeNode) => {
    for (const k of nodeKeys(n))
      if (!seenKeys.has(k)) {
        seenKeys.add(k);
        keys.push(k);
      }
  };
  const addActor = (id: string) => {
    if (!replaced.has(id)) {
      replaced.add(id);
      actors.push(id);
    }
  };
  for (const n of added) addKeys(n);
  for (const n of source.nodesOfArticles(changed)) {
    addActor(n.actor);
    addKeys(n);
  }
  // the closure: every actor sharing a key with a node already in, with all its nodes, until nothing is new
  while (keys.length || actors.length) {
    if (actors.length) {
      const batch = actors;
      actors = [];
      for (const n of source.nodesOfActors(batch)) {
        const id = nodeId(n);
        if (seen.has(id)) continue;
        seen.set(id, n);
        addKeys(n);
      }
      yield;
    }
    if (keys.length) {
      const batch = keys;
      keys = [];
      for (const id of source.actorsWithKeys(batch)) addActor(id);
      yield;
    }
  }
  const kept = [...seen.values()].filter((n) => !changedSet.has(n.article));
  const nodes: (MergeNode & { actor?: string })[] = [...kept, ...added];
  nodes.sort(compareNodes);
  yield;
  return { replaced, nodes, previous: nodes.map((n) => n.actor), groups: partition(nodes) };
}
