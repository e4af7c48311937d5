// `newsdesk digest [--since 24h|7d|ISO] [--topic T] [--json]`: what a scheduled briefing would post now, as text
// or as the digest's JSON. "New" means first seen by newsdesk (the bot or this command) after the since-mark;
// first-seen times live in the schedules database in the cache folder (NEWSDESK_CACHE, else .newsdesk-cache).
import type { CommandContext } from "../../commands/reply.js";
import { sinceDigest } from "../../commands/support/channel-digest.js";
import { digestReply, type Digest } from "../../commands/support/digest.js";
import { renderText } from "../../commands/text.js";
import { parseSince, sinceLabel } from "../schedule/since.js";
import { openScheduleStore } from "../schedule/store.js";

export interface DigestArgs {
  since: string | undefined;
  topic: string;
  json: boolean;
  cacheDir: string;
  now: number;
}

/** The digest since the mark (default 24h); throws SinceError for a mark it cannot read. */
export function cliDigest(ctx: CommandContext, args: DigestArgs): { digest: Digest; text: string } {
  const since = args.since ?? "24h";
  const from = parseSince(since, args.now);
  const store = openScheduleStore(args.cacheDir);
  try {
    const digest = sinceDigest(store, ctx, from, args.topic, sinceLabel(since), args.now);
    const text = args.json
      ? `${JSON.stringify(digest.json, null, 2)}\n`
      : digest.empty
        ? `${digest.title}\n`
        : renderText(digestReply(digest));
    return { digest, text };
  } finally {
    store.close();
  }
}
