// What a moderator types for a schedule (time, zone, since-mark) and when a weekday schedule runs.
import { describe, expect, it } from "vitest";
import { parseSince, SinceError } from "../../src/schedule/since.js";
import { nextRun, parseTime, parseZone, ScheduleInputError, zoneChoices } from "../../src/schedule/timing.js";

describe("schedule input", () => {
  it.each([
    ["7:30", "07:30"],
    ["07:30", "07:30"],
    ["23h05", "23:05"],
  ])("reads the time %s as %s", (typed, time) => expect(parseTime(typed)).toBe(time));

  it.each(["24:00", "7", "07:60", "noon"])("refuses the time %s, saying the form", (typed) => {
    expect(() => parseTime(typed)).toThrow(ScheduleInputError);
    expect(() => parseTime(typed)).toThrow(/HH:MM/);
  });

  it("spells a zone canonically and refuses an unknown one", () => {
    expect(parseZone("europe/paris")).toBe("Europe/Paris");
    expect(() => parseZone("Mars/Olympus")).toThrow(/not a time zone/);
  });

  it("offers at most 25 zones, those starting with the typed text first", () => {
    expect(zoneChoices("new")[0]).toBe("America/New_York");
    expect(zoneChoices("e").length).toBe(25);
    expect(zoneChoices("")).toContain("UTC");
  });

  it("runs a weekdays schedule Monday to Friday only", () => {
    const s = { time: "07:30", timezone: "America/New_York", days: "weekdays" as const };
    // Friday 4 December 2026, after 07:30 New York: next is Monday
    expect(new Date(nextRun(s, Date.parse("2026-12-04T13:00:00Z"))!).toISOString()).toBe("2026-12-07T12:30:00.000Z");
  });

  it.each([
    ["24h", Date.parse("2026-12-01T12:00:00Z")],
    ["7d", Date.parse("2026-11-25T12:00:00Z")],
    ["2026-11-30", Date.parse("2026-11-30T00:00:00Z")],
    ["2026-11-30T06:00Z", Date.parse("2026-11-30T06:00:00Z")],
  ])("reads the since-mark %s", (typed, at) => expect(parseSince(typed, Date.parse("2026-12-02T12:00:00Z"))).toBe(at));

  it("refuses a since-mark it cannot read", () => expect(() => parseSince("last week", 0)).toThrow(SinceError));
});
