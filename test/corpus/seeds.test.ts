// The seed articles as the rest of the pipeline sees them: chrome gone, metadata derived.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import type { CleanArticle } from "../../src/corpus/types.js";

const { articles, warnings } = await loadCorpus("seeds");
const byId = (id: string): CleanArticle => {
  const a = articles.find((x) => x.id === id);
  if (!a) throw new Error(`seed ${id} not loaded`);
  return a;
};

describe("seeds/002 (a web page copied to text)", () => {
  const a = byId("002_ecc6afa8c8bc701a");

  it("starts the body with the story's first sentence", () => {
    expect(a.body.startsWith("Former Tuareg separatists in northern Mali announced")).toBe(true);
  });

  it("derives title, byline with role, source and the page date", () => {
    expect(a.title).toBe("Former Tuareg Separatists Attacked by Mali Army and Russian Armed Group Wagner");
    expect(a.byline).toBe("Adrian Ovalle");
    expect(a.bylineRole).toBe("Editor at World Weekly News");
    expect(a.source).toBe("World Weekly News");
    expect(a.pageDate).toBe("2023-12-11");
    expect(a.published).toEqual({ value: "2023-12-11", basis: "page-header" });
    expect(a.format).toBe("txt");
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    "promotional material",
    "8.2 C",
    "New York",
    "Monday, December 11, 2023",
    "HomeWorld",
    "Call for International Attention",
    "Response from the Malian Army",
    "Wagner’s Presence in Mali",
    "Deterioration of Relations and Russian Support",
    "Adrian Ovalle",
    "is working as the Editor",
    "Follow World Weekly News",
    "Leave a Reply",
    "Must Read",
    "Attacked by Mali Army",
  ])("has no %j in the body", (chrome) => {
    expect(a.body).not.toContain(chrome);
  });

  it("keeps every story paragraph, one line each, joined by blank lines", () => {
    const paragraphs = a.body.split("\n\n");
    expect(paragraphs).toHaveLength(11);
    for (const p of paragraphs) expect(p).not.toMatch(/\n|\s{2}|^\s|\s$/);
    expect(paragraphs.at(-1)).toBe(
      "The regime in Bamako claims that foreign military instructors in Mali do not belong to the Wagner group, but to the regular Russian army.",
    );
  });
});

describe("seeds/000 (one paragraph, no metadata)", () => {
  const a = byId("000_b9850e0363cd4083");

  it("has no title, byline, source or date", () => {
    expect(a.title).toBeNull();
    expect(a.byline).toBeNull();
    expect(a.source).toBeNull();
    expect(a.pageDate).toBeNull();
    expect(a.published).toEqual({ value: null, basis: "none" });
  });

  it("drops the inline photo caption but keeps the name where the story uses it", () => {
    expect(a.body).not.toContain("Rachid Raha «");
    expect(a.body).toContain("AMA President Rachid Raha");
    expect(a.body).toContain("ethnic cleansing». «In our letter to the Chairman");
  });

  it("keeps the rest of the text as it was", () => {
    expect(a.body.startsWith("The Amazigh World Assembly is again calling attention")).toBe(true);
    expect(a.body.endsWith("requesting mediation by the Kingdom in the war in Mali.")).toBe(true);
    const original = readFileSync("seeds/000_b9850e0363cd4083.txt", "utf8").trim();
    expect(a.body).toBe(original.replace("cleansing». Rachid Raha «In our", "cleansing». «In our"));
  });
});

it("loads both seeds without warnings", () => {
  expect(articles.map((a) => a.id)).toEqual(["000_b9850e0363cd4083", "002_ecc6afa8c8bc701a"]);
  expect(warnings).toEqual([]);
});

describe("held-out articles (test/fixtures/heldout/corpus)", async () => {
  const held = await loadCorpus("test/fixtures/heldout/corpus");

  it("plain text: the headline line is the title, the five paragraphs the body", () => {
    const a = held.articles.find((x) => x.id === "flood_relief")!;
    expect(a.title).toBe("Aid groups race to reach flood-hit villages in Sindhara province");
    expect(a.published).toEqual({ value: null, basis: "none" });
    const paragraphs = a.body.split("\n\n");
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^Relief convoys reached three cut-off villages/);
    expect(a.body).toContain(`He denied that the response had been slow: "Our teams were on the ground within hours."`);
  });

  it("Markdown: front matter metadata, eight paragraphs", () => {
    const a = held.articles.find((x) => x.id === "harbor_strike")!;
    expect(a).toMatchObject({
      title: "Dockworkers extend strike as port talks stall",
      source: "Coastal Ledger",
      url: "https://example.org/news/harbor-strike",
      byline: "Lena Vargas",
      published: { value: "2024-03-15", basis: "metadata" },
    });
    expect(a.body.split("\n\n")).toHaveLength(8);
    expect(a.body.startsWith("Dockworkers at the Port of Valmora extended their strike on Wednesday")).toBe(true);
  });
});
