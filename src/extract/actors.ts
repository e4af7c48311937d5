import type { CleanArticle } from "../corpus/types.js";
import type { ArticleActors, Sentence } from "./types.js";

export function extractActors(_doc: CleanArticle, _sentences: Sentence[]): ArticleActors {
  throw new Error("not implemented yet");
}
