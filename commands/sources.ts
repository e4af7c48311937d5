// /sources: the articles loaded, newest first, with title, source, date and how many actors, statements and
// events each holds; ten per page; skipped files are counted in the footer.
import type { CommandDefinition } from "./support/definition.js";
import type { CommandInput, CommandModule, CommandContext, Reply } from "./reply.js";
import { byCodeUnits } from "../src/search/index.js";
import { articleTitle, citation, paginate } from "./support/format.js";

export const PAGE_SIZE = 10;

export const definition: CommandDefinition = {
  name: "sources",
  description: "The articles in the corpus, with their dates and what was found in them",
};

export function handle(input: CommandInput, ctx: CommandContext): Reply {
  const articles = [...ctx.summary.articles].sort(
    (a, b) => byCodeUnits(b.published.value ?? "", a.published.value ?? "") || byCodeUnits(a.id, b.id),
  );
  const rows = articles.map((a) => ({ ...a, ...ctx.search.articleCounts(a.id) }));
  const warnings = ctx.summary.warnings;
  const footer = warnings.length
    ? `${warnings.length} file${warnings.length === 1 ? "" : "s"} skipped: ${warnings
        .slice(0, 3)
        .map((w) => `${w.file} (${w.reason})`)
        .join("; ")}${warnings.length > 3 ? "; …" : ""}`
    : undefined;
  if (rows.length === 0) {
    return {
      status: "empty",
      command: "sources",
      title: "No articles loaded",
      description:
        "The corpus folder has no readable .txt, .md or .html articles. Add some, or point NEWSDESK_CORPUS (or --corpus) at another folder.",
      footer,
      json: { articles: [], warnings },
    };
  }
  const { slice, pagination } = paginate(rows, input.page, PAGE_SIZE);
  return {
    status: "ok",
    command: "sources",
    title: `Sources: ${rows.length} article${rows.length === 1 ? "" : "s"}`,
    items: slice.map((r) => ({
      heading: articleTitle(r, r.id),
      text: [
        r.source ?? "source unknown",
        r.published.value ? `${r.published.value}${r.published.basis === "page-header" ? " (page date)" : ""}` : "date unknown",
        `${r.actors} actors`,
        `${r.statements} statements`,
        `${r.events} events`,
      ].join(" · "),
      citation: citation(ctx, r.id, 0),
      note: [r.byline ? `by ${r.byline}` : null, `file ${r.file}`].filter(Boolean).join(" · "),
    })),
    pagination,
    footer,
    json: {
      articles: rows.map((r) => ({
        id: r.id,
        title: r.title,
        derivedTitle: r.derivedTitle ?? null,
        source: r.source,
        byline: r.byline,
        url: r.url,
        published: r.published,
        file: r.file,
        actors: r.actors,
        statements: r.statements,
        events: r.events,
      })),
      warnings,
    },
  };
}

export const sources: CommandModule = { name: "sources", definition, handle };
export default sources;
