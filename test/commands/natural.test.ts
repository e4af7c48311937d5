import { describe, expect, it } from "vitest";
import { parseNatural } from "../../commands/natural.js";

describe("parseNatural", () => {
  it.each([
    ["who is Raha?", "who", "Raha", {}],
    ["Who's the CMA", "who", "the CMA", {}],
    ["<@123456789012345678> who is Rachid Raha", "who", "Rachid Raha", {}],
    ["hey, can you tell me who is Ramadan?", "who", "Ramadan", {}],
    ["tell me about the Port Authority", "who", "the Port Authority", {}],
    ["/who raha", "who", "raha", {}],
    ["who raha", "who", "raha", {}],
    ["Raha", "who", "Raha", {}],
    ["what did the CMA say about Wagner?", "claims", "Wagner", { speaker: "the CMA" }],
    ["What has the government of Mali said about the Russian army", "claims", "the Russian army", { speaker: "the government of Mali" }],
    ["what did Ramadan say?", "claims", "Ramadan", { speaker: "Ramadan" }],
    ["quotes from the union", "claims", "the union", { speaker: "the union" }],
    ["what is the CMA saying?", "claims", "the CMA", { speaker: "the CMA" }],
    ["what is being said about wages?", "claims", "wages", {}],
    ["who said anything about the strike", "claims", "the strike", {}],
    ["claims about Wagner", "claims", "Wagner", {}],
    ["/claims wagner speaker:cma", "claims", "wagner", { speaker: "cma" }],
    ['/claims about:"Russian army" speaker:"the regime in Bamako"', "claims", "Russian army", { speaker: "the regime in Bamako" }],
    ["/claims wages by the union", "claims", "wages", { speaker: "the union" }],
    ["show me the quotes about the strike", "claims", "the strike", {}],
    ["who is quoted on wages?", "claims", "wages", {}],
    ["what's the latest on Wagner?", "briefing", "Wagner", {}],
    ["what do we know about the Tuareg?", "who", "the Tuareg", {}],
    ["where is Bir?", "who", "Bir", {}],
    ["who are the Tuareg", "who", "the Tuareg", {}],
    ["timeline Bir", "timeline", "Bir", {}],
    ["timeline of the harbour strike", "timeline", "the harbour strike", {}],
    ["/timeline", "timeline", "", {}],
    ["what happened in Bir?", "timeline", "Bir", {}],
    ["when did the strike end", "timeline", "the strike", {}],
    ["brief me", "briefing", "", {}],
    ["brief me on Wagner", "briefing", "Wagner", {}],
    ["catch me up", "briefing", "", {}],
    ["/briefing topic:mali", "briefing", "mali", {}],
    ["sources", "sources", "", {}],
    ["which articles do you have?", "sources", "", {}],
    ["help", "help", "", {}],
    ["what can you do?", "help", "", {}],
    ["reload", "reload", "", {}],
  ])("%j → %s %j %j", (text, command, query, options) => {
    expect(parseNatural(text)).toEqual({ command, query, options });
  });

  it.each(["", "   ", "<@123456789012345678>", "why is the sky blue and what should we do about it today"])(
    "%j is not a command",
    (text) => {
      expect(parseNatural(text)).toBeNull();
    },
  );
});

describe("questions a reporter asks in the first hour", () => {
  it.each([
    ["who is", "who", ""],
    ["who is?", "who", ""],
    ["who said genocide?", "claims", "genocide"],
    // words in quote marks are checked as a quote: where they were said, by whom, word by word
    ["who said “ethnic cleansing”", "quote", "ethnic cleansing"],
    ["who said about Wagner?", "claims", "Wagner"],
  ])("%s → %s %s", (text, command, query) => {
    expect(parseNatural(text)).toMatchObject({ command, query });
  });
});
