// The command line's arguments: `newsdesk COMMAND [QUERY…] [--speaker X] [--page N] [--corpus DIR] [--json]`.
import { parseArgs } from "node:util";

export const QUERY_COMMANDS = ["who", "claims", "timeline", "briefing", "sources", "quote", "help"] as const;
export type QueryCommand = (typeof QUERY_COMMANDS)[number];

export interface CliArgs {
  command: string;
  query: string;
  speaker: string | undefined;
  /** Zero-based (the flag is one-based, as people count pages). */
  page: number;
  corpus: string | undefined;
  json: boolean;
  help: boolean;
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
  --json         the machine-readable answer
  -h, --help     this text
`;

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
  return {
    command,
    query: rest.join(" ").trim(),
    speaker: values.speaker,
    page,
    corpus: values.corpus,
    json: values.json === true,
    help: values.help === true,
    rest,
    to: values.to,
    why: values.why,
    add: values.add,
    remove: values.remove,
  };
}
