// /schedule add|list|remove: a desk's briefing on a schedule (moderators, in a server). The slash definition
// and the words of the answers live here; the Discord layer (src/discord/schedules.ts) runs it, since it needs
// the schedules database, the channel rights and the clock. The handler alone (the CLI, the console) only says
// where to use it.
import { type CommandDefinition, channelOption, GUILD_ONLY, PERMISSION, stringOption } from "./support/definition.js";
import type { CommandModule, Reply, ReplyField } from "./reply.js";
import type { Schedule } from "../src/schedule/store.js";
import { discordTime, formatInZone } from "../src/schedule/timing.js";
import { choiceOption } from "./support/choices.js";
import { clip } from "./support/format.js";

/** ApplicationCommandOptionType.Subcommand / .Integer. */
const SUBCOMMAND = 1;
const INTEGER_OPTION = 4;
/** ChannelType.GuildText, .GuildAnnouncement: where a schedule can post. */
const SCHEDULE_CHANNELS = [0, 5] as const;

export const definition: CommandDefinition = {
  name: "schedule",
  description: "Post a 'what is new' briefing in a channel every day at the desk's hour (moderators)",
  default_member_permissions: PERMISSION.ManageMessages,
  contexts: GUILD_ONLY,
  options: [
    {
      type: SUBCOMMAND,
      name: "add",
      description: "Schedule a briefing: what is new since the channel's last one, at HH:MM in a time zone",
      options: [
        channelOption("channel", "Where to post it", { required: true, channelTypes: [...SCHEDULE_CHANNELS] }),
        { ...stringOption("time", "HH:MM on the 24-hour clock, e.g. 07:30", { required: true }), max_length: 5 },
        { ...stringOption("timezone", "IANA time zone, e.g. Europe/Paris", { required: true, autocomplete: true }), max_length: 64 },
        { ...stringOption("topic", "Only what matches this actor or topic", { required: false }), max_length: 100 },
        choiceOption("days", "Every day (default) or Monday to Friday", [
          { name: "daily", value: "daily" },
          { name: "weekdays", value: "weekdays" },
        ]),
        choiceOption("when_empty", "When nothing is new: post one short line (default) or nothing", [
          { name: "post one line", value: "line" },
          { name: "post nothing", value: "silent" },
        ]),
      ],
    },
    { type: SUBCOMMAND, name: "list", description: "This server's schedules: next run, last run and result" },
    {
      type: SUBCOMMAND,
      name: "remove",
      description: "Remove a schedule",
      options: [{ type: INTEGER_OPTION, name: "id", description: "The schedule", required: true, autocomplete: true, min_value: 1 }],
    },
  ],
};

/** "every day at 07:30 Europe/Paris, about “ferry”". */
export function describeSchedule(
  s: Pick<Schedule, "time" | "timezone" | "days" | "topic" | "quietWhenEmpty">,
  esc: (text: string) => string = (t) => t,
): string {
  const when = `${s.days === "weekdays" ? "Monday to Friday" : "every day"} at ${s.time} ${s.timezone}`;
  return `${when}${s.topic ? `, about “${esc(clip(s.topic, 100))}”` : ""}${s.quietWhenEmpty ? ", silent when nothing is new" : ""}`;
}

export function addedText(s: Schedule, next: number | null): string {
  const when = next === null ? "no next run could be computed" : `next run ${formatInZone(next, s.timezone)}, ${discordTime(next)}`;
  return `Scheduled briefing #${s.id} in <#${s.channelId}>: ${describeSchedule(s)}. It posts what is new since the channel's last briefing; ${when}. \`/schedule list\` shows it, \`/schedule remove id:${s.id}\` stops it.`;
}

const RESULT: Record<string, string> = {
  posted: "posted",
  "nothing-new": "nothing new",
  failed: "failed",
  skipped: "skipped",
};

/** The server's schedules, one field each, with next run, last run and last result. The field values carry
 * Discord markup (channel mentions, timestamps): `esc` escapes the text that people typed or Discord said. */
export function listReply(schedules: readonly (Schedule & { next: number | null })[], esc: (text: string) => string = (t) => t): Reply {
  if (schedules.length === 0)
    return {
      status: "empty",
      command: "schedule",
      title: "No scheduled briefings in this server",
      description: "Add one with `/schedule add channel time timezone`, for example 07:30 Europe/Paris.",
      json: [],
    };
  const fields: ReplyField[] = schedules.slice(0, 24).map((s) => {
    const lines = [
      `<#${s.channelId}> · ${describeSchedule(s, esc)}`,
      `Next: ${s.next === null ? "none" : discordTime(s.next)}`,
      `Last: ${s.lastRunAt === null ? "not run yet" : `${discordTime(s.lastRunAt)}, ${RESULT[s.lastResult ?? ""] ?? s.lastResult}${s.lastDetail && s.lastResult !== "posted" ? ` (${esc(clip(s.lastDetail, 300))})` : ""}`}`,
    ];
    if (s.failing) lines.push(`⚠️ Failing: ${clip(s.failing, 300)}`);
    return { name: `Schedule #${s.id}${s.failing ? " (failing)" : ""}`, value: lines.join("\n") };
  });
  return {
    status: "ok",
    command: "schedule",
    title: `Scheduled briefings (${schedules.length})`,
    fields,
    footer: schedules.length > 24 ? "Only the first 24 are shown: remove some with /schedule remove." : undefined,
    json: schedules,
  };
}

export function failureNotice(failed: readonly Schedule[]): string {
  return failed
    .map(
      (s) =>
        `Your scheduled briefing #${s.id} in <#${s.channelId}> failed: ${s.failing}. Fix it and the next run will post everything since the last briefing, or stop it with \`/schedule remove id:${s.id}\`.`,
    )
    .join("\n");
}

export const schedule: CommandModule = {
  name: "schedule",
  definition,
  moderatorOnly: true,
  handle: () => ({
    status: "help",
    command: "schedule",
    title: "Schedules live in Discord",
    description:
      "Use /schedule add in your server to post a briefing every morning. Here, `newsdesk digest --since 24h` prints what it would post now.",
    json: null,
  }),
};
export default schedule;
