// The line recognisers on their own: page tests can hide a rule behind another (a weather line in the
// header goes with the header anyway), so each recogniser is pinned here, both ways.
import { describe, expect, it } from "vitest";
import { isBreadcrumb, isWeather, labelKind, parseBylineLine, parseFollow } from "../../src/corpus/chrome-rules.js";
import { authorBoxAt } from "../../src/corpus/authorbox.js";
import { isBareName, isProse, isTitleCase } from "../../src/corpus/words.js";

describe("isWeather", () => {
  it.each([
    "8.2 C",
    "21°F",
    "Sunny 25°C",
    "-3 °C",
    "Cloudy, 18 °C / 64 °F",
    "Partly cloudy 12°",
    "12° / 8°",
    "H: 25° L: 18°",
    "New York 8.2 C",
  ])("weather: %j", (line) => expect(isWeather(line)).toBe(true));
  it.each([
    "Temperatures reached 45°C in Seville.",
    "Vitamin C",
    "Grade C",
    "The 3 C's of diplomacy",
    "12 December",
    "Section 8 C of the law was repealed",
  ])("not weather: %j", (line) => expect(isWeather(line)).toBe(false));
});

describe("labelKind", () => {
  it.each([
    ["promotional material", "label"],
    ["Advertisement", "label"],
    ["ADVERTISEMENT", "label"],
    ["Share this article:", "label"],
    ["Must Read", "list-marker"],
    ["Related Posts", "list-marker"],
    ["More from Africa", "list-marker"],
    ["Leave a Reply", "comment-marker"],
    ["12 Comments", "comment-marker"],
    ["The advertisement was pulled.", null],
    ["Must read the fine print", null],
    ["Related to the case, he said", null],
  ] as const)("%j → %j", (line, kind) => expect(labelKind(line)).toBe(kind));
});

describe("parseFollow", () => {
  it.each([
    ["Follow World Weekly News on", "World Weekly News"],
    ["Follow Harbour Herald on Twitter and Facebook", "Harbour Herald"],
    ["Follow us on Instagram", ""],
    ["follow the main road on", null],
    ["Follow the money on", null],
    ["Follow-up talks are planned on Monday", null],
  ])("%j → %j", (line, out) => expect(parseFollow(line)).toBe(out));
});

describe("parseBylineLine", () => {
  it.each([
    ["By Adrian Ovalle", { byline: "Adrian Ovalle", rest: null, date: null }],
    ["By Muhammad al-Amin Musa", { byline: "Muhammad al-Amin Musa", rest: null, date: null }],
    ["By Jane Roe and John Doe | Reuters", { byline: "Jane Roe and John Doe", rest: "Reuters", date: null }],
    ["By Ana Ruiz - December 8, 2023", { byline: "Ana Ruiz", rest: null, date: "2023-12-08" }],
    ["By Friday, the army had withdrawn", null],
    ["By December the talks had failed", null],
    ["By then it was late", null],
    ["Bystanders said the fire spread quickly", null],
    ["By Ana Ruiz. She said the vote was close.", null],
  ])("%j", (line, out) => expect(parseBylineLine(line)).toEqual(out));
});

describe("isBreadcrumb", () => {
  it.each([
    "HomeWorldFormer Tuareg Separatists Attacked",
    "Home > World > Africa",
    "Home / News",
    "Home » Politics",
    "News / Politics / Elections",
  ])("breadcrumb: %j", (line) => expect(isBreadcrumb(line)).toBe(true));
  it.each([
    "Homeowners near the terminal said they were relieved.",
    "Home Office officials said the rule would change",
    "Home",
    "Prices rose 3 / 4 / 5 percent over three years.",
  ])("not a breadcrumb: %j", (line) => expect(isBreadcrumb(line)).toBe(false));
});

describe("authorBoxAt", () => {
  it("name twice, then a bio about news work", () => {
    expect(
      authorBoxAt(["Adrian Ovalle", "Adrian Ovalle", "Adrian is working as the Editor at World Weekly News. He tries to help."], 0),
    ).toEqual({ start: 0, end: 2, name: "Adrian Ovalle", role: "Editor at World Weekly News", outlet: "World Weekly News" });
  });
  it.each([
    [["Elena Brandt", "Elena Brandt is the chair of the council."]],
    [["New York", "New York is the largest city in the state."]],
    [["Adrian Ovalle", "The army said it had responded."]],
  ])("not a box: %j", (lines) => expect(authorBoxAt(lines, 0)).toBeNull());
});

describe("word shapes", () => {
  it.each(["Rachid Raha", "Muhammad al-Mawloud Ramadan", "Mohamed Ould Cheikh El Ghazouani", "Jean-Luc de la Cruz"])("bare name: %j", (s) =>
    expect(isBareName(s)).toBe(true),
  );
  it.each(["The Army", "Rachid", "Rachid Raha said", "Raha.", "Read More", "Follow Us", "In Mali", "said Rachid Raha"])(
    "not a bare name: %j",
    (s) => expect(isBareName(s)).toBe(false),
  );
  it.each(["Response from the Malian Army", "Wagner’s Presence in Mali", "Deterioration of Relations and Russian Support"])(
    "title case: %j",
    (s) => expect(isTitleCase(s)).toBe(true),
  );
  it.each(["What happens next", "the army said", "Aid groups race to reach flood-hit villages in Sindhara province"])(
    "not title case: %j",
    (s) => expect(isTitleCase(s)).toBe(false),
  );
  it.each([
    "The vote was close.",
    "He said:",
    "“We will not give up”",
    "A line that has no final punctuation but runs on for a great many words, far more than any label or heading or caption on a news page ever would",
  ])("prose: %j", (s) => expect(isProse(s)).toBe(true));
  it.each(["Related:", "Call for International Attention", "New York", "Must Read"])("not prose: %j", (s) =>
    expect(isProse(s)).toBe(false),
  );
});
