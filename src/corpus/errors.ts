// Typed errors of the corpus layer. `CorpusNotFoundError` stops a load (the CLI exits 2 on it);
// `ArticleSkipped` stops one file only: the loader turns it into a `{file, reason}` warning.

/** The corpus folder does not exist or is not a folder. */
export class CorpusNotFoundError extends Error {
  readonly dir: string;
  constructor(dir: string, detail = "does not exist") {
    super(
      `corpus folder not found: ${dir} ${detail}. Point newsdesk at your articles with --corpus DIR or the ` +
        `NEWSDESK_CORPUS environment variable (default: seeds/).`,
    );
    this.name = "CorpusNotFoundError";
    this.dir = dir;
  }
}

/** One article file that cannot be used; `reason` says why in words a person can act on. */
export class ArticleSkipped extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`skipped ${file}: ${reason}`);
    this.name = "ArticleSkipped";
    this.file = file;
    this.reason = reason;
  }
}

export function isArticleSkipped(e: unknown): e is ArticleSkipped {
  return e instanceof ArticleSkipped;
}
