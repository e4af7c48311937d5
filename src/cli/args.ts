// The command line's arguments: `newsdesk COMMAND [QUERY…] [--speaker X] [--page N] [--corpus DIR] [--max-bytes N] [--json]`.
import { parseArgs } from "node:util";

export const QUERY_COMMANDS = ["who", "claims", "timeline", "briefing", "sources", "quote", "help"] as const;
/** Commands with their own options, run apart from the handlers. */
export const OTHER_COMMANDS = ["summary", "reload", "digest"] as const;
export type QueryCommand = (typeof QUERY_COMMANDS)[number];

export interface CliArgs {
  command: string;
  query: string;
  speaker: string | undefined;
  /** Zero-based (the flag is one-based, as people count pages). */
  page: number;
  corpus: string | undefined;
  /** Largest article file loaded, in bytes (`--max-bytes`, else NEWSDESK_MAX_BYTES, else 2 MB). */
  maxBytes: number | undefined;
  json: boolean;
  help: boolean;
  /** digest: the since-mark (24h, 7d, an ISO date). */
  since: string | undefined;
  /** digest: only what matches this topic. */
  topic: string | undefined;
  /** The words after the command, one by one (`correct speaker KEY`, `corrections import FILE`). */
  rest: string[];
  /** `correct`: the new value, the note, an alias to add or remove. */
  to: string | undefined;
  why: string | undefined;
  add: string | undefined;
  remove: string | undefined;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const USAGE = `Usage: newsdesk COMMAND [QUERY…] [options]

Commands:
  who NAME                  an actor's card (typos, surnames and acronyms work)
  claims TOPIC [--speaker X]  what was said by and about an actor or topic
  timeline [TOPIC]          events oldest first, with the basis of each date
  briefing [TOPIC]          key actors, newest claims, timeline highlights, sources
  digest [--since 24h|7d|ISO] [--topic T]   what a scheduled briefing would post now
  sources                   the articles loaded
  quote "TEXT" [--speaker X]  where these words were said: exact, or the closest with the differences
  correct KIND TARGET --to VALUE --why "NOTE"
                            correct the record: KIND is speaker (--to NAME|unclear), kind, alias (--add/--remove X),
                            merge (into --to ACTOR), split (--to ALIAS), hide, date (--to YYYY-MM-DD); undo ID
  corrections list|export [FILE]|import FILE
                            review corrections; YAML to keep in git; import is idempotent
  summary --json            the whole structured summary
  reload                    re-read the corpus and report what changed
  help                      what each command does, with examples
  bot                       run the Discord bot (or the local console without a token)
  deploy-commands           register the slash commands with Discord
  bench [--articles N] [--seed S] [--json]   the benchmark

Options:
  --corpus DIR   the article folder (default: $NEWSDESK_CORPUS, else the project's seeds/)
  --speaker X    claims: only what X said
  --page N       which page of a long list (1 = first)
  --max-bytes N  load article files up to N bytes (default 2 MB; or $NEWSDESK_MAX_BYTES)
  --since MARK   digest: new since 24h, 7d or an ISO date (default 24h)
  --topic T      digest: only what matches T
  --json         the machine-readable answer
  -h, --help     this text
`;

/** A positive whole number of bytes ("5000000", "5_000_000"), or undefined. */
export function parseMaxBytes(text: string): number | undefined {
  const n = Number(text.replace(/_/g, ""));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: "string" },
        speaker: { type: "string" },
        page: { type: "string" },
        "max-bytes": { type: "string" },
        since: { type: "string" },
        topic: { type: "string" },
        json: { type: "boolean", default: false },
        to: { type: "string" },
        why: { type: "string" },
        add: { type: "string" },
        remove: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const [command = "", ...rest] = positionals;
  let page = 0;
  if (values.page !== undefined) {
    const n = Number(values.page);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--page takes a page number from 1, not “${values.page}”`);
    page = n - 1;
  }
  let maxBytes: number | undefined;
  if (values["max-bytes"] !== undefined) {
    maxBytes = parseMaxBytes(values["max-bytes"]);
    if (maxBytes === undefined) throw new UsageError(`--max-bytes takes a number of bytes, such as 5000000, not “${values["max-bytes"]}”`);
  }
  return {
    command,
    query: rest.join(" ").trim(),
    maxBytes,
    speaker: values.speaker,
    page,
    corpus: values.corpus,
    json: values.json === true,
    help: values.help === true,
    since: values.since,
    topic: values.topic,
    rest,
    to: values.to,
    why: values.why,
    add: values.add,
    remove: values.remove,
  };
}
