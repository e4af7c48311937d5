// Scheduled briefings end to end: the real discord.js client against the Discord fake, the scheduler on a clock
// moved by hand (nothing else is faked). A member cannot add a schedule; a moderator's schedule is checked for
// the bot's rights at once; it posts at its minute; the next run posts only what is new; a restart keeps the
// schedule and the mark; a removed permission marks it failing, the creator is told at their next command, and
// nothing is lost; 07:30 Europe/Paris runs once a day across the October change; /schedule list and its remove
// button; /briefing since:last.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schedule } from "../../commands/schedule.js";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { openScheduleStore, type ScheduleStore } from "../../src/schedule/store.js";
import { buildSearchIndex } from "../../src/search/index.js";
import type { ReloadReport, Snapshot, SummaryStore } from "../../src/store/store.js";
import { P, startDiscordFake, type CommandOption, type DiscordFake, type Who } from "../support/discord-fake.js";
import { manualClock, type ManualClock } from "../support/manual-clock.js";
import { testCommands } from "../support/test-commands.js";
import { deskSummary } from "./desk-fixture.js";

const EPHEMERAL = 64;
const quiet = pino({ level: "silent" });

/** A summary store whose corpus grows day by day (desk-fixture's arrivals). */
function deskStore(day: { value: number }): SummaryStore {
  let snap: Snapshot | null = null;
  let built = 0;
  return {
    get snapshot() {
      if (!snap || built !== day.value) {
        const summary = deskSummary(day.value);
        snap = { summary, search: buildSearchIndex(summary), builtAt: Date.now() };
        built = day.value;
      }
      return snap;
    },
    reload: async () => ({}) as ReloadReport,
    onSwap: () => () => {},
    close: async () => {},
  };
}

interface Desk {
  bot: Bot;
  clock: ManualClock;
  schedules: ScheduleStore;
}

async function startDesk(fake: DiscordFake, dir: string, day: { value: number }, start: string): Promise<Desk> {
  const clock = manualClock(Date.parse(start));
  const schedules = openScheduleStore(dir);
  const bot = createBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    store: deskStore(day),
    logger: quiet,
    commands: [...testCommands, schedule],
    schedules: { store: schedules, clock },
  });
  await bot.start();
  await bot.scheduler!.idle();
  return { bot, clock, schedules };
}

async function stopDesk(d: Desk): Promise<void> {
  await d.bot.stop();
  d.schedules.close();
}

const str = (name: string, value: string, focused = false): CommandOption => ({
  name,
  type: 3,
  value,
  ...(focused ? { focused: true } : {}),
});

async function scheduleCmd(fake: DiscordFake, sub: string, options: CommandOption[], as: Who = "moderator", resolvedChannels?: string[]) {
  const { id } = fake.sendCommand("schedule", [{ name: sub, type: 1, options }], { as, ...(resolvedChannels ? { resolvedChannels } : {}) });
  return fake.waitForCallback(id);
}

function add(fake: DiscordFake, channel: string, time: string, timezone: string, as: Who = "moderator", more: CommandOption[] = []) {
  return scheduleCmd(
    fake,
    "add",
    [{ name: "channel", type: 7, value: channel }, str("time", time), str("timezone", timezone), ...more],
    as,
    [channel],
  );
}

/** Moves the scheduler's clock and waits for the runs it set off (their posts included). */
async function move(d: Desk, iso: string): Promise<void> {
  d.clock.set(Date.parse(iso));
  await d.bot.scheduler!.idle();
}

const postsIn = (fake: DiscordFake, channel: string) =>
  fake.requests.filter(
    (r) => r.method === "POST" && r.path === `/channels/${channel}/messages` && !fake.rejected.some((x) => x.request === r),
  );

const text = (body: any) => JSON.stringify(body.embeds ?? body.content);

describe("scheduled briefings through Discord", () => {
  let fake: DiscordFake;
  let dir: string;
  let desk: Desk;
  const day = { value: 1 };

  beforeAll(async () => {
    fake = await startDiscordFake();
    dir = mkdtempSync(join(tmpdir(), "newsdesk-sched-e2e-"));
    desk = await startDesk(fake, dir, day, "2026-12-01T07:00:00Z");
  });
  afterAll(async () => {
    await stopDesk(desk);
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a member", async () => {
    const cb = await add(fake, fake.channels.briefings, "07:30", "UTC", "member");
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toMatch(/Only moderators/);
    expect(desk.schedules.all()).toEqual([]);
  });

  it("says at once what the bot is missing in the channel", async () => {
    const cb = await add(fake, fake.channels.locked, "07:30", "UTC");
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toMatch(/I am missing Send Messages there/);
    expect(desk.schedules.all()).toEqual([]);
  });

  it("offers time zones by autocomplete, at most 25", async () => {
    const { id } = fake.sendAutocomplete("schedule", [{ name: "add", type: 1, options: [str("timezone", "paris", true)] }], {
      as: "moderator",
    });
    const cb = await fake.waitForCallback(id);
    expect(cb.type).toBe(8);
    expect(cb.data.choices.map((c: any) => c.value)).toContain("Europe/Paris");
    const all = fake.sendAutocomplete("schedule", [{ name: "add", type: 1, options: [str("timezone", "a", true)] }], { as: "moderator" });
    expect((await fake.waitForCallback(all.id)).data.choices.length).toBe(25);
  });

  it("adds a schedule and answers with the next run in the zone and as a Discord timestamp", async () => {
    const cb = await add(fake, fake.channels.briefings, "07:30", "UTC");
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cb.data.content).toContain("Scheduled briefing #1");
    expect(cb.data.content).toContain("next run Tue, 1 December 2026 at 07:30 (UTC)");
    expect(cb.data.content).toContain(`<t:${Date.parse("2026-12-01T07:30:00Z") / 1000}:F>`);
    expect(cb.data.allowed_mentions.parse).toEqual([]);
  });

  it("posts at its minute, and not before", async () => {
    await move(desk, "2026-12-01T07:29:00Z");
    expect(postsIn(fake, fake.channels.briefings)).toHaveLength(0);
    await move(desk, "2026-12-01T07:30:00Z");
    const posts = postsIn(fake, fake.channels.briefings);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.embeds[0].title).toMatch(/^What is new/);
    expect(text(posts[0]!.body)).toContain("Ferry fares to rise in spring");
    expect(posts[0]!.body.allowed_mentions.parse).toEqual([]);
    expect(fake.rejected).toEqual([]);
  });

  it("posts only what is new on the next run", async () => {
    day.value = 2;
    await move(desk, "2026-12-02T07:30:00Z");
    const posts = postsIn(fake, fake.channels.briefings);
    expect(posts).toHaveLength(2);
    const body = text(posts[1]!.body);
    expect(posts[1]!.body.embeds[0].title).toBe("What is new since the last briefing");
    expect(body).toContain("Union calls ferry strike");
    expect(body).toContain("Harbour pilot retires");
    expect(body).not.toContain("Ferry fares to rise in spring");
    expect(body).toContain("Disputed");
  });

  it("keeps the schedule and the mark across a restart", async () => {
    await stopDesk(desk);
    day.value = 3;
    desk = await startDesk(fake, dir, day, "2026-12-03T07:00:00Z");
    expect(desk.schedules.all().map((s) => s.id)).toEqual([1]);
    await move(desk, "2026-12-03T07:30:00Z");
    const posts = postsIn(fake, fake.channels.briefings);
    expect(posts).toHaveLength(3);
    const body = text(posts[2]!.body);
    expect(body).toContain("Council backs ferry talks");
    expect(body).not.toContain("Union calls ferry strike");
  });

  it("marks the schedule failing when a permission is removed, tells its creator, and loses nothing", async () => {
    fake.denyBot(fake.channels.briefings, P.SendMessages);
    await new Promise((r) => setTimeout(r, 50)); // the CHANNEL_UPDATE reaches the client
    day.value = 4; // `tolls` arrives; the run that fails was to post it
    await move(desk, "2026-12-04T07:30:00Z");
    expect(postsIn(fake, fake.channels.briefings)).toHaveLength(3);
    const s = desk.schedules.get(1)!;
    expect(s.lastResult).toBe("failed");
    expect(s.failing).toMatch(/missing Send Messages/);
    // the creator's next command, any command, brings the notice
    const { id } = fake.sendCommand("help", [], { as: "moderator" });
    await fake.waitForCallback(id);
    const notice = await fake.waitForRequest(
      (r) => r.method === "POST" && r.path.startsWith(`/webhooks/${fake.applicationId}/`) && /failed/.test(r.body?.content ?? ""),
    );
    expect(notice.body.content).toMatch(/scheduled briefing #1 in <#\d+> failed: I am missing Send Messages/);
    expect(notice.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    // once only
    const again = fake.sendCommand("help", [], { as: "moderator" });
    await fake.waitForCallback(again.id);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.requests.filter((r) => r.path.startsWith(`/webhooks/`) && /failed/.test(r.body?.content ?? ""))).toHaveLength(1);
    // the right comes back: the next run posts, and the schedule is no longer failing
    fake.denyBot(fake.channels.briefings, 0n);
    await new Promise((r) => setTimeout(r, 50));
    await move(desk, "2026-12-05T07:30:00Z");
    const posts = postsIn(fake, fake.channels.briefings);
    expect(posts).toHaveLength(4);
    expect(text(posts[3]!.body)).toContain("Bridge tolls frozen for winter");
    expect(desk.schedules.get(1)?.failing).toBeNull();
  });

  it("lists the schedules with next and last run and a remove button that removes", async () => {
    const cb = await scheduleCmd(fake, "list", []);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const field = cb.data.embeds[0].fields[0];
    expect(field.name).toBe("Schedule #1");
    expect(field.value).toContain(`Next: <t:${Date.parse("2026-12-06T07:30:00Z") / 1000}:F>`);
    expect(field.value).toMatch(/Last: <t:\d+:F>, posted/);
    const button = cb.data.components[0].components[0];
    expect(button.label).toBe("Remove #1");
    const message = {
      id: "1",
      channel_id: fake.channels.news,
      flags: EPHEMERAL,
      components: cb.data.components,
      embeds: cb.data.embeds,
      author: fake.bot,
      content: "",
      timestamp: new Date().toISOString(),
      type: 20,
      attachments: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      tts: false,
      mention_everyone: false,
      edited_timestamp: null,
    };
    const denied = fake.sendButton(button.custom_id, message, { as: "member" });
    expect((await fake.waitForCallback(denied.id)).data.content).toMatch(/Only moderators/);
    expect(desk.schedules.all()).toHaveLength(1);
    const click = fake.sendButton(button.custom_id, message, { as: "moderator" });
    const upd = await fake.waitForCallback(click.id);
    expect(upd.type).toBe(7);
    expect(upd.data.embeds[0].title).toBe("No scheduled briefings in this server");
    expect(desk.schedules.all()).toEqual([]);
    expect(fake.rejected).toEqual([]);
  });

  it("marks a schedule whose channel was deleted failing, with that reason", async () => {
    const gone = "1234567890123456789";
    const s = desk.schedules.add(
      {
        guildId: fake.guildId,
        channelId: gone,
        time: "08:00",
        timezone: "UTC",
        days: "daily",
        topic: null,
        quietWhenEmpty: false,
        createdBy: fake.users.admin.id,
      },
      desk.clock.now(),
    );
    desk.bot.scheduler!.changed();
    await move(desk, "2026-12-05T08:00:00Z");
    expect(desk.schedules.get(s.id)?.failing).toBe(`the channel <#${gone}> was deleted`);
    desk.schedules.remove(fake.guildId, s.id);
  });

  it("/briefing since:last posts what the channel has not been briefed on", async () => {
    day.value = 5; // `return` arrives
    const { id } = fake.sendCommand("briefing", [str("since", "last")], { as: "moderator", channelId: fake.channels.news });
    const cb = await fake.waitForCallback(id);
    expect(cb.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const post = await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${fake.channels.news}/messages`);
    expect(post.body.embeds[0].title).toMatch(/^What is new/);
    // the news channel was never briefed: a second ask has nothing new
    const second = fake.sendCommand("briefing", [str("since", "last")], { as: "moderator", channelId: fake.channels.news });
    await fake.waitForCallback(second.id);
    const line = await fake.waitForRequest(
      (r) => r.method === "POST" && r.path === `/channels/${fake.channels.news}/messages` && r !== post,
    );
    expect(line.body.content).toBe("Nothing new since the last briefing.");
  });
});

describe("a schedule across a daylight-saving change", () => {
  it("posts 07:30 Europe/Paris once a day, at 07:30 local, on both sides of the October change", async () => {
    const fake = await startDiscordFake();
    const dir = mkdtempSync(join(tmpdir(), "newsdesk-sched-dst-"));
    const desk = await startDesk(fake, dir, { value: 3 }, "2026-10-24T04:00:00Z");
    try {
      const cb = await add(fake, fake.channels.briefings, "07:30", "Europe/Paris");
      expect(cb.data.content).toContain("next run Sat, 24 October 2026 at 07:30 (Europe/Paris)");
      const seen: string[] = [];
      for (let t = Date.parse("2026-10-24T04:00:00Z"); t <= Date.parse("2026-10-26T12:00:00Z"); t += 15 * 60_000) {
        const before = postsIn(fake, fake.channels.briefings).length;
        await move(desk, new Date(t).toISOString());
        const after = postsIn(fake, fake.channels.briefings).length;
        if (after > before) seen.push(new Date(t).toISOString().slice(0, 16));
      }
      expect(seen).toEqual(["2026-10-24T05:30", "2026-10-25T06:30", "2026-10-26T06:30"]);
    } finally {
      await stopDesk(desk);
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
