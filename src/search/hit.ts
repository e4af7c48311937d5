// A search result: the record and how well it matched. Shared by the actor search and the search index.
export interface Hit<T> {
  /** The record. */
  item: T;
  /** 0 is a perfect match, 1 no match (fuse.js's convention). */
  score: number;
}
