import type { CleanArticle } from "../corpus/types.js";
import type { ArticleActors, LocalStatement, Sentence } from "./types.js";

export function extractStatements(_doc: CleanArticle, _sentences: Sentence[], _actors: ArticleActors): LocalStatement[] {
  throw new Error("not implemented yet");
}
