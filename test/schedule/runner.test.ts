// The scheduler on a hand-moved clock with a recording poster: it posts at the minute and not before, a second
// run posts only what is new, a run claimed by one instance is not posted by another, runs missed while down
// are caught up (< 2 h) or skipped and noted, 07:30 Europe/Paris runs once a day across both DST changes, and
// a failed post marks the schedule failing without moving the channel's mark.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { Digest } from "../../commands/support/digest.js";
import { channelDigest } from "../../commands/support/channel-digest.js";
import type { CommandContext } from "../../commands/reply.js";
import { createScheduler, PostError, type PostFn } from "../../src/schedule/runner.js";
import { openScheduleStore, ScheduleStore, type NewSchedule, type Schedule } from "../../src/schedule/store.js";
import { manualClock } from "../support/manual-clock.js";
import { deskContext } from "./desk-fixture.js";

const quiet = pino({ level: "silent" });
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;

function base(over: Partial<NewSchedule> = {}): NewSchedule {
  return {
    guildId: "g1",
    channelId: "c1",
    time: "07:30",
    timezone: "UTC",
    days: "daily",
    topic: null,
    quietWhenEmpty: false,
    createdBy: "u1",
    ...over,
  };
}

function setup(start: string, opts: { store?: ScheduleStore; post?: PostFn<Digest>; day?: { value: number } } = {}) {
  const clock = manualClock(at(start));
  const store = opts.store ?? new ScheduleStore(":memory:");
  const posts: { schedule: Schedule; digest: Digest; at: number }[] = [];
  const day = opts.day ?? { value: 1 };
  let ctx: CommandContext = deskContext(day.value);
  let ctxDay = day.value;
  const scheduler = createScheduler({
    store,
    clock,
    logger: quiet,
    digest: (s, now) => {
      if (ctxDay !== day.value) {
        ctx = deskContext(day.value);
        ctxDay = day.value;
      }
      return channelDigest(store, ctx, s.channelId, s.topic, now, s.createdAt);
    },
    post:
      opts.post ??
      (async (schedule, digest) => {
        posts.push({ schedule, digest, at: clock.now() });
      }),
  });
  const move = async (iso: string) => {
    clock.set(at(iso));
    await scheduler.idle();
  };
  return { clock, store, posts, scheduler, move, day };
}

describe("the scheduler", () => {
  it("posts at its minute, not before, and a second run posts only what is new", async () => {
    const t = setup("2026-12-01T07:00:00Z");
    t.store.add(base(), t.clock.now());
    t.scheduler.start();
    await t.scheduler.idle();
    await t.move("2026-12-01T07:29:59Z");
    expect(t.posts).toHaveLength(0);
    await t.move("2026-12-01T07:30:00Z");
    expect(t.posts).toHaveLength(1);
    expect(t.posts[0]?.digest.articleIds).toEqual(["fares"]);
    t.day.value = 2;
    await t.move("2026-12-02T07:30:00Z");
    expect(t.posts).toHaveLength(2);
    expect(t.posts[1]?.digest.articleIds.sort()).toEqual(["pilot", "strike"]);
    expect(t.posts[1]?.digest.title).toBe("What is new since the last briefing");
    await t.move("2026-12-03T07:30:00Z");
    expect(t.posts[2]?.digest.empty).toBe(true);
    expect(t.store.get(1)?.lastResult).toBe("nothing-new");
    t.scheduler.stop();
  });

  it("never posts a run twice when two instances share the database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sched-"));
    dirs.push(dir);
    const a = setup("2026-12-01T07:00:00Z", { store: openScheduleStore(dir) });
    const b = setup("2026-12-01T07:00:00Z", { store: openScheduleStore(dir) });
    a.store.add(base(), a.clock.now());
    a.scheduler.start();
    b.scheduler.start();
    await Promise.all([a.move("2026-12-01T07:30:00Z"), b.move("2026-12-01T07:30:00Z")]);
    expect(a.posts.length + b.posts.length).toBe(1);
    expect(b.store.get(1)?.lastDue).toBe(at("2026-12-01T07:30:00Z"));
    // the instance that did not post leaves the record of the one that did
    expect(b.store.get(1)?.lastResult).toBe("posted");
    a.store.close();
    b.store.close();
  });

  it("picks up a schedule another instance added, within the poll time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sched-"));
    dirs.push(dir);
    const b = setup("2026-12-01T07:00:00Z", { store: openScheduleStore(dir) });
    b.scheduler.start();
    await b.scheduler.idle();
    const a = openScheduleStore(dir);
    a.add(base(), at("2026-12-01T07:01:00Z"));
    a.close();
    for (let now = at("2026-12-01T07:05:00Z"); now <= at("2026-12-01T07:30:00Z"); now += 5 * MIN) await b.move(new Date(now).toISOString());
    expect(b.posts.map((p) => new Date(p.at).toISOString())).toEqual(["2026-12-01T07:30:00.000Z"]);
    b.scheduler.stop();
    b.store.close();
  });

  it.each([
    ["posts a run missed by less than two hours once, at start", "2026-12-01T09:00:00Z", 1, "posted"],
    ["skips a run missed by more than two hours and notes it", "2026-12-01T09:31:00Z", 0, "skipped"],
  ])("%s", async (_name, restart, posted, result) => {
    const dir = mkdtempSync(join(tmpdir(), "sched-"));
    dirs.push(dir);
    const first = setup("2026-12-01T06:00:00Z", { store: openScheduleStore(dir) });
    first.store.add(base(), first.clock.now());
    first.store.close();
    // the bot was down over 07:30; it comes back at `restart`
    const again = setup(restart, { store: openScheduleStore(dir) });
    again.scheduler.start();
    await again.scheduler.idle();
    expect(again.posts).toHaveLength(posted);
    const s = again.store.get(1)!;
    expect(s.lastResult).toBe(result);
    if (result === "skipped") expect(s.lastDetail).toMatch(/missed a run while the bot was down/);
    await again.move("2026-12-01T12:00:00Z");
    expect(again.posts).toHaveLength(posted);
    again.scheduler.stop();
    again.store.close();
  });

  it.each([
    ["spring forward", "2026-03-27T12:00:00Z", ["2026-03-28T06:30", "2026-03-29T05:30", "2026-03-30T05:30"]],
    ["fall back", "2026-10-23T12:00:00Z", ["2026-10-24T05:30", "2026-10-25T06:30", "2026-10-26T06:30"]],
  ])("runs 07:30 Europe/Paris once a day, at 07:30 local, across the %s", async (_name, start, expected) => {
    const t = setup(start);
    t.store.add(base({ timezone: "Europe/Paris" }), t.clock.now());
    t.scheduler.start();
    await t.scheduler.idle();
    // walk minute by minute through three days
    for (let now = at(start); now <= at(start) + 3 * 24 * 60 * MIN; now += 15 * MIN) {
      t.clock.set(now);
      await t.scheduler.idle();
    }
    expect(t.posts.map((p) => new Date(p.at).toISOString().slice(0, 16))).toEqual(expected);
    t.scheduler.stop();
  });

  it("runs a time that does not exist on the night of the change once, after the gap", async () => {
    const t = setup("2026-03-28T12:00:00Z");
    t.store.add(base({ time: "02:30", timezone: "Europe/Paris" }), t.clock.now());
    t.scheduler.start();
    for (let now = at("2026-03-28T12:00:00Z"); now <= at("2026-03-30T12:00:00Z"); now += 10 * MIN) {
      t.clock.set(now);
      await t.scheduler.idle();
    }
    expect(t.posts.map((p) => new Date(p.at).toISOString().slice(0, 16))).toEqual(["2026-03-29T01:00", "2026-03-30T00:30"]);
  });

  it("marks the schedule failing with the reason and keeps the mark, so the next run posts what was missed", async () => {
    let fail = true;
    const posts: Digest[] = [];
    const t = setup("2026-12-01T07:00:00Z", {
      post: async (_s, d) => {
        if (fail) throw new PostError("I am missing Send Messages in <#c1>");
        posts.push(d);
      },
    });
    t.store.add(base(), t.clock.now());
    t.scheduler.start();
    await t.move("2026-12-01T07:30:00Z");
    const s = t.store.get(1)!;
    expect(s.lastResult).toBe("failed");
    expect(s.failing).toBe("I am missing Send Messages in <#c1>");
    expect(t.store.unreportedFailures("g1", "u1").map((x) => x.id)).toEqual([1]);
    expect(t.store.briefed("c1", null).size).toBe(0);
    fail = false;
    t.day.value = 2;
    await t.move("2026-12-02T07:30:00Z");
    expect(posts).toHaveLength(1);
    // the first day's article was never posted: it is still new
    expect(posts[0]?.articleIds.sort()).toEqual(["fares", "pilot", "strike"]);
    expect(t.store.get(1)?.failing).toBeNull();
    t.scheduler.stop();
  });
});
