// Test support shared by the extraction tests: a CleanArticle built by hand from a body and optional metadata.
import { createHash } from "node:crypto";
import type { CleanArticle } from "../../src/corpus/types.js";

export function makeArticle(body: string, meta: Partial<Omit<CleanArticle, "body">> = {}): CleanArticle {
  return {
    id: "test",
    file: "test.txt",
    hash: createHash("sha256").update(body).digest("hex"),
    format: "txt",
    title: null,
    source: null,
    byline: null,
    bylineRole: null,
    url: null,
    published: { value: null, basis: "none" },
    pageDate: null,
    ...meta,
    body,
  };
}
