// Markdown with YAML front matter: metadata, soft-wrapped paragraphs joined, headings and markup removed.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { parse as parseYaml } from "yaml";
import { simpleFrontMatter } from "../../src/corpus/formats/markdown.js";
import { P1, P2, parseText } from "./helpers.js";

describe("a crafted Markdown story (test/fixtures/corpus/council-budget.md)", async () => {
  const { articles } = await loadCorpus("test/fixtures/corpus");
  const a = articles.find((x) => x.id === "council-budget")!;

  it("reads the front matter", () => {
    expect(a.format).toBe("md");
    expect(a).toMatchObject({
      title: "Council cuts library hours to balance budget",
      source: "Valley Courier",
      url: "https://courier.example/2024/council-budget",
      byline: "Jonas Weber",
      published: { value: "2024-02-20", basis: "metadata" },
    });
  });

  it("joins wrapped lines, drops headings, ads, images and markup, keeps list items", () => {
    expect(a.body.split("\n\n")).toEqual([
      "The town council voted 7 to 2 on Monday to cut opening hours at the central library by a third, saying it had no other way to close a budget gap of 1.2 million euros.",
      '"We protected the children\'s reading hours," Mayor Ilse Brandt said after the vote.',
      "- The library will close on Mondays.",
      "- Evening hours end at 6 p.m.",
      "Opposition councillor Kai Olsen called the cut short-sighted and said his group would try to reverse it next year.",
    ]);
  });
});

describe("front matter variants", () => {
  it.each([
    ["a YAML date", "published: 2023-12-08", "2023-12-08"],
    ["a timestamp", "published: 2023-12-08T23:30:00Z", "2023-12-08"],
    ["a written date", "published: December 8, 2023", "2023-12-08"],
    ["the key `date`", "date: 2023-12-08", "2023-12-08"],
    ["a month only", "published: 2023-12", "2023-12"],
  ])("%s", (_name, line, value) => {
    const a = parseText("x.md", `---\ntitle: T\n${line}\n---\n\n${P1}\n`);
    expect(a.published).toEqual({ value, basis: "metadata" });
  });

  it("an impossible date is not taken as the publication date", () => {
    const a = parseText("x.md", `---\npublished: 2023-02-30\n---\n\n${P1}\n`);
    expect(a.published).toEqual({ value: null, basis: "none" });
  });

  it("a list of authors becomes one byline; author is read as byline", () => {
    const a = parseText("x.md", `---\nauthor:\n  - Ana Ruiz\n  - Ben Okafor\n---\n\n${P1}\n`);
    expect(a.byline).toBe("Ana Ruiz and Ben Okafor");
  });

  it("no front matter: a Markdown body with its # heading as title", () => {
    const a = parseText("x.md", `# Ferry service ends on the island\n\n${P1}\n\n${P2}\n`);
    expect(a.title).toBe("Ferry service ends on the island");
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });

  it("an empty front matter block is allowed", () => {
    const a = parseText("x.md", `---\n---\n${P1}\n`);
    expect(a.body).toBe(P1);
  });

  it("a horizontal rule later in the body is not front matter", () => {
    const a = parseText("x.md", `${P1}\n\n---\n\n${P2}\n`);
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe("simple front matter read without the YAML parser", () => {
  const same = [
    `title: "Strike Spreads: a Story"\nsource: 'The Herald'\npublished: 2021-05-01\nurl: https://news.example/a#b`,
    `byline: Ana  Ruiz   \nrole: editor`,
  ];
  it.each(same)("gives what the YAML parser gives: %j", (text) => {
    expect(simpleFrontMatter(text)).toEqual(parseYaml(text));
  });
  const toYaml = [
    "published: 2023", // a number
    "title: null",
    "draft: true",
    "a: 1\na: 2", // null, boolean, duplicate key
    "title: a # comment",
    "title: a: b",
    `title: "a \\" b"`,
    "title: 'it''s'",
    "author:\n  - Ana",
    "%YAML 1.1\ntitle: x",
    "",
  ];
  it.each(toYaml)("leaves the rest to the YAML parser: %j", (text) => {
    expect(simpleFrontMatter(text)).toBeNull();
  });
});
