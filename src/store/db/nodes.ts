// The merge's nodes (local actors) as the incremental merge reads them from the summary database: by article,
// by merge key, by actor (see summary/incremental.ts for why these three are enough).
import type { ActorKind } from "../../model/schema.js";
import type { NodeSource, StoredNode } from "../../summary/incremental.js";
import type { Db } from "./database.js";
import { withRest } from "./rest.js";

const COLUMNS = "n.article, n.idx, n.file, n.name, n.kind, n.aliases, n.roles, n.mention_count, n.context, n.actor, n.rest";

export class DbNodeSource implements NodeSource {
  private readonly q;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql).raw();
    this.q = {
      articles: p(`SELECT ${COLUMNS} FROM nodes n WHERE n.article IN (SELECT value FROM json_each(?))`),
      keys: db
        .prepare(
          "SELECT DISTINCT n.actor FROM node_keys k JOIN nodes n ON n.article = k.article AND n.idx = k.idx WHERE k.key IN (SELECT value FROM json_each(?))",
        )
        .pluck(),
      actors: p(`SELECT ${COLUMNS} FROM nodes n WHERE n.actor IN (SELECT value FROM json_each(?))`),
    };
  }

  private rows(rows: unknown[][]): StoredNode[] {
    return rows.map((r) =>
      withRest<StoredNode>(
        {
          article: r[0] as string,
          idx: r[1] as number,
          file: r[2] as string,
          name: r[3] as string,
          kind: r[4] as ActorKind,
          aliases: JSON.parse(r[5] as string) as string[],
          roles: JSON.parse(r[6] as string) as string[],
          mentionCount: r[7] as number,
          context: r[8] as string,
          actor: r[9] as string,
        },
        r[10],
      ),
    );
  }

  nodesOfArticles(ids: readonly string[]): StoredNode[] {
    return ids.length ? this.rows(this.q.articles.all(JSON.stringify(ids)) as unknown[][]) : [];
  }

  actorsWithKeys(keys: readonly string[]): string[] {
    return keys.length ? (this.q.keys.all(JSON.stringify(keys)) as string[]) : [];
  }

  nodesOfActors(ids: readonly string[]): StoredNode[] {
    return ids.length ? this.rows(this.q.actors.all(JSON.stringify(ids)) as unknown[][]) : [];
  }
}
