// The platform-neutral reply model: what every command handler returns, and the only thing the Discord
// renderer and the CLI renderer read. Nothing Discord-specific lives here.
import type { CommandDefinition } from "./support/definition.js";
import type { Summary } from "../src/model/schema.js";
import type { SearchIndex } from "../src/search/index.js";
import type { CorrectionLog } from "../src/corrections/log.js";
import type { Author, Orphan } from "../src/corrections/types.js";

/** Where a fact comes from: the article and sentence, with what a reader needs to find it. */
export interface Citation {
  article: string;
  sentence: number;
  title: string | null;
  /** True when `title` is not the article's headline (it has none) but its lead's opening words. */
  titleDerived?: boolean;
  source: string | null;
  url: string | null;
  /** Publication date as known (ISO), or null. */
  date: string | null;
}

export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

/** One entry of a list answer (a statement, an event), with its citation. */
export interface ReplyItem {
  /** Short heading: the speaker and cue, or the date. */
  heading: string;
  /** The body: the words, the event summary. Plain text, not escaped. */
  text: string;
  citation: Citation | null;
  /** Marks a claim contradicted by another in the corpus. */
  disputed?: boolean;
  /** Extra facts shown small (date basis, "inferred from the page date"). */
  note?: string;
  /** A full ISO day (`YYYY-MM-DD`) when the item has one: Discord shows it as a timestamp. */
  day?: string;
  /** The statement or event shown, by stable key: what a problem report suggests correcting. */
  target?: { kind: "statement" | "event"; key: string };
}

export interface Pagination {
  /** Zero-based page shown. */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** Set when the page asked for (zero-based) does not exist: the last page is shown instead, and said so. */
  requested?: number;
}

export type ReplyStatus = "ok" | "empty" | "help" | "error";

export interface Reply {
  status: ReplyStatus;
  /** The command that produced it (`who`, `claims`, …). */
  command: string;
  title: string;
  description?: string;
  fields?: ReplyField[];
  /** List answers: the items of the current page. */
  items?: ReplyItem[];
  pagination?: Pagination;
  /** Citations of the facts in `description`/`fields` (list items carry their own). */
  citations?: Citation[];
  /** "Did you mean" names, best first. */
  suggestions?: string[];
  footer?: string;
  /** Machine-readable answer printed by `--json` (the JSON contract of the command). */
  json: unknown;
  /** Buttons that act (undo a correction): the adapter routes a click to the command's `action`. */
  actions?: ReplyAction[];
}

export interface ReplyAction {
  /** What the command's `action` receives back ("undo:12"). */
  arg: string;
  label: string;
  danger?: boolean;
}

export interface CommandInput {
  /** The main query (`name` of /who, `about` of /claims, `topic` of /timeline and /briefing). */
  query: string;
  /** Other options by name (`speaker` of /claims). */
  options: Record<string, string | undefined>;
  /** Zero-based page for paginated answers. */
  page: number;
  /** Who asked (a display name), for the briefing's "requested by". */
  requestedBy?: string;
  /** Who asked, for the audit trail of what they change (corrections). */
  author?: Author;
  /** The server asked in, for per-server settings. */
  guildId?: string;
}

export interface CommandContext {
  summary: Summary;
  search: SearchIndex;
  /** The editors' corrections, when the store keeps them, and those that found no target. */
  corrections?: { log: CorrectionLog; orphaned: readonly Orphan[] };
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface CommandModule {
  name: string;
  /** The slash command definition: the JSON body Discord's API takes (plain data, so loading a command never
   * loads discord.js). */
  definition: CommandDefinition;
  /** Whether the command posts publicly for moderators (briefing) — the Discord layer checks permissions. */
  moderatorOnly?: boolean;
  /** Changes the record (corrections, settings): moderators only (Manage Messages), in a server, answered privately. */
  editorOnly?: boolean;
  handle(input: CommandInput, ctx: CommandContext): Reply;
  /** Choices for an autocomplete option: at most 25, names at most 100 characters. */
  autocomplete?(option: string, value: string, ctx: CommandContext, subcommand?: string): AutocompleteChoice[];
  /** A click on one of the reply's `actions`. */
  action?(arg: string, input: CommandInput, ctx: CommandContext): Reply;
}
