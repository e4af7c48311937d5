import type { CleanArticle } from "../corpus/types.js";
import type { ArticleActors, LocalEvent, Sentence } from "./types.js";

export function extractEvents(_doc: CleanArticle, _sentences: Sentence[], _actors: ArticleActors): LocalEvent[] {
  throw new Error("not implemented yet");
}
