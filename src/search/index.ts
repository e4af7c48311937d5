// Search over the summary: actors by name and alias (typo-tolerant), statements and events by text.
import type { Actor, Event, Statement, Summary } from "../summary/schema.js";

export interface Hit<T> {
  item: T;
  /** 0 is a perfect match, 1 no match (fuse.js's convention). */
  score: number;
}

export interface SearchIndex {
  /** Actors matching a name, alias or typo of one, best first. */
  actors(query: string, limit?: number): Hit<Actor>[];
  statements(query: string, limit?: number): Hit<Statement>[];
  events(query: string, limit?: number): Hit<Event>[];
}

export function buildSearchIndex(_summary: Summary): SearchIndex {
  throw new Error("not implemented yet");
}
