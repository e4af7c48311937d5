// /help: what each command does, with examples (slash command and command line).
import type { CommandDefinition } from "./support/definition.js";
import type { CommandModule, Reply } from "./reply.js";

export const definition: CommandDefinition = { name: "help", description: "What newsdesk can answer, with examples" };

export const HELP = [
  {
    name: "who",
    usage: "/who name:<name>",
    what: "An actor's card: kind, roles, aliases, the articles it appears in and its latest statements. Typos, surnames and acronyms work.",
    examples: ["/who name:Raha", "/who name:AMA", "newsdesk who wagnr"],
  },
  {
    name: "claims",
    usage: "/claims about:<actor or topic> [speaker:<actor>]",
    what: "What an actor said and what others said about it, five per page, each cited; contradicting statements are shown together and marked disputed.",
    examples: ["/claims about:Wagner", "/claims about:Wagner speaker:CMA", "newsdesk claims raha --page 2"],
  },
  {
    name: "timeline",
    usage: "/timeline [topic:<actor or words>]",
    what: "Events oldest first, each with where its date comes from (given in the text, inferred from the page date or publication, year unknown); undated events last.",
    examples: ["/timeline", "/timeline topic:Bir", "newsdesk timeline cma"],
  },
  {
    name: "briefing",
    usage: "/briefing [topic:<actor>] [channel:<#channel>] [since:<24h|7d|last>]",
    what: "Moderators: posts a briefing (key actors, newest claims, timeline highlights, sources) in the channel; with since, only what is new.",
    examples: ["/briefing", "/briefing topic:Mali channel:#desk", "newsdesk briefing mali"],
  },
  {
    name: "schedule",
    usage: "/schedule add channel:<#channel> time:<HH:MM> timezone:<zone> [topic] [days] · list · remove id",
    what: "Moderators: posts what is new since the channel's last briefing every day at the desk's hour, in its time zone.",
    examples: ["/schedule add channel:#desk time:07:30 timezone:Europe/Paris", "/schedule list", "newsdesk digest --since 24h"],
  },
  {
    name: "sources",
    usage: "/sources",
    what: "The articles loaded, with title, source, date and how many actors and statements each holds.",
    examples: ["/sources", "newsdesk sources --corpus ~/beat"],
  },
  {
    name: "quote",
    usage: "/quote text:<words> [speaker:<actor>]",
    what: "Did they really say that? The statement with these exact words, or the closest ones with the words that differ (added, missing, changed), each cited; “not found in the corpus” when nobody said anything close.",
    examples: [
      "/quote text:deafening silence speaker:Raha",
      "@newsdesk did Raha say 'deafening silence'?",
      'newsdesk quote "deafening silence" --json',
    ],
  },
  {
    name: "correct",
    usage: "/correct speaker|alias|merge|split|kind|hide|date|undo …",
    what: "Moderators (Manage Messages): correct the record with a note; answers then show the fix as corrected by you. Undo any time.",
    examples: [
      "/correct speaker statement:<pick> to:unclear why:two people said it",
      'newsdesk correct speaker KEY --to "Ana Ruiz" --why "…"',
    ],
  },
  {
    name: "corrections",
    usage: "/corrections",
    what: "Moderators: the latest corrections with who, when and why, the ones whose target left the corpus (orphaned), and undo buttons.",
    examples: ["/corrections", "newsdesk corrections export corrections.yaml"],
  },
  {
    name: "settings",
    usage: "/settings report-channel channel:<#channel>",
    what: "Moderators: where members' “Report a problem” clicks are posted, with the answer's citations and the corrections they suggest.",
    examples: ["/settings report-channel channel:#desk-moderators"],
  },
  {
    name: "reload",
    usage: "/reload",
    what: "Moderators (Manage Server): re-read the whole corpus now and report what changed; changed files are also picked up by themselves.",
    examples: ["/reload", "reload (in the console)"],
  },
  { name: "help", usage: "/help", what: "This list.", examples: ["/help", "newsdesk help"] },
] as const;

/** Needs no summary: the CLI's `help` runs it without loading the corpus. */
export function handle(): Reply {
  return {
    status: "help",
    command: "help",
    title: "newsdesk: who said what, about whom, and when",
    description:
      "Every answer cites its article and sentence. When a text does not make the speaker clear, newsdesk says “speaker unclear” rather than guess. You can also mention the bot: “@newsdesk who is Raha?”.",
    fields: HELP.map((c) => ({ name: c.usage, value: `${c.what}\nExamples: ${c.examples.map((e) => `\`${e}\``).join(", ")}` })),
    footer: "Command line: newsdesk <command> [query] [--corpus DIR] [--json]; newsdesk summary --json prints the whole summary.",
    json: { commands: HELP.map((c) => ({ name: c.name, usage: c.usage, description: c.what, examples: [...c.examples] })) },
  };
}

export const help: CommandModule = { name: "help", definition, handle };
export default help;
