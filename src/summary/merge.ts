// Per-article extractions in, one corpus-wide summary out: local actor keys become actor ids, the same
// actor across articles becomes one actor.
import type { ArticleExtraction } from "../extract/types.js";
import type { LoadWarning, Summary } from "./schema.js";

export function mergeExtractions(_corpus: string, _extractions: ArticleExtraction[], _warnings: LoadWarning[]): Summary {
  throw new Error("not implemented yet");
}
