// `NAME.meta.json` beside `NAME.txt` (or `.md`, `.html`): the same metadata fields as Markdown front matter; its
// fields win over what the file itself says. A broken one leaves its article out with the reason.
import { ArticleSkipped } from "./errors.js";
import { sidecarPath } from "./files.js";
import { readMetaFields, type MetaFields } from "./metafields.js";

export { SIDECAR_SUFFIX, sidecarPath } from "./files.js";

/** Parses a sidecar; throws ArticleSkipped (naming the article file) when it is broken. */
export function parseSidecar(file: string, bytes: Buffer): MetaFields {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ArticleSkipped(file, `broken sidecar ${sidecarPath(file)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new ArticleSkipped(
      file,
      `broken sidecar ${sidecarPath(file)}: expected a JSON object with title, source, url, published, byline`,
    );
  return readMetaFields(data as Record<string, unknown>).fields;
}
