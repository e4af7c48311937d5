import { describe, expect, it } from "vitest";
import { stripMentions } from "../../src/discord/mentions.js";

describe("stripMentions", () => {
  it.each([
    ["<@123456789012345678> who is Raha?", "who is Raha?"],
    ["<@!123456789012345678>   timeline   Bir", "timeline Bir"],
    ["<@&223456789012345678> brief me", "brief me"],
    ["what did <@123456789012345678> say in <#323456789012345678>", "what did say in"],
    ["no mention", "no mention"],
  ])("%j → %j", (text, want) => expect(stripMentions(text)).toBe(want));
});
