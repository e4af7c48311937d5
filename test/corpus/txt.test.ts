// Plain text and its sidecar NAME.meta.json.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { P1, P2, P3, parseText, tempCorpus } from "./helpers.js";

describe("plain text", () => {
  it("one line per paragraph: each line a paragraph, whitespace collapsed, CRLF and BOM handled", () => {
    const a = parseText("a.txt", `\uFEFF${P1}\r\n\r\n  ${P2.replace(/ /g, "  ")}\t\r\n${P3.replace(" ", "\u00a0")}\r\n`);
    expect(a.body.split("\n\n")).toEqual([P1, P2, P3]);
    expect(a.format).toBe("txt");
    expect(a.id).toBe("a");
  });

  it("decomposed accents are composed (NFC), old Mac line ends split lines", () => {
    const a = parseText(
      "nfc.txt",
      "Le pre\u0301sident Ce\u0301dric Oue\u0301draogo a parle\u0301 mardi.\r\rSecond paragraph of the story here.",
    );
    expect(a.body).toBe("Le président Cédric Ouédraogo a parlé mardi.\n\nSecond paragraph of the story here.");
  });

  it("hard-wrapped text: the lines of a paragraph are joined", () => {
    const wrap = (p: string) => p.replace(/(.{40,60}?) /g, "$1\n");
    const text = [P1, P2, P3].map(wrap).join("\n\n");
    expect(text.split("\n").length).toBeGreaterThan(6);
    expect(parseText("w.txt", text).body.split("\n\n")).toEqual([P1, P2, P3]);
  });

  it("hard-wrapped text: a sub-heading right above its paragraph is split off and dropped", () => {
    const wrap = (p: string) => p.replace(/(.{40,60}?) /g, "$1\n");
    const text = [wrap(P1), "What Residents Say\n" + wrap(P2), wrap(P3)].join("\n\n");
    expect(parseText("w.txt", text).body.split("\n\n")).toEqual([P1, P2, P3]);
  });

  it("a first line that reads as a headline becomes the title", () => {
    const a = parseText("h.txt", `Island ferry to close after ninety years\n\n${P1}\n\n${P2}\n`);
    expect(a.title).toBe("Island ferry to close after ninety years");
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe("sidecar NAME.meta.json", async () => {
  const { articles } = await loadCorpus("test/fixtures/corpus");
  const a = articles.find((x) => x.id === "river-ferry")!;

  it("gives the metadata of a plain-text article", () => {
    expect(a).toMatchObject({
      format: "txt",
      title: "River ferry to stop after 60 years",
      source: "Neudorf Post",
      url: "https://post.example/ferry",
      byline: "Anton Keller",
      published: { value: "2024-03-06", basis: "metadata" },
    });
    expect(a.body.startsWith("The river ferry between Altstadt and Neudorf")).toBe(true);
  });

  it("wins over what the page chrome says", () => {
    const page = `Monday, December 11, 2023\n\nBy Someone Else\n\n${P1}\n\nFollow Other News on\n`;
    const b = parseText("p.txt", page, JSON.stringify({ published: "2023-12-01", byline: "Anton Keller", source: "Neudorf Post" }));
    expect(b.published).toEqual({ value: "2023-12-01", basis: "metadata" });
    expect(b.byline).toBe("Anton Keller");
    expect(b.source).toBe("Neudorf Post");
    expect(b.pageDate).toBe("2023-12-11");
    expect(b.body).toBe(P1);
  });
});

describe("a sidecar beside a Markdown or HTML article", () => {
  const md = `---\ntitle: From front matter\n---\n\n${P1}\n`;

  it("fills and overrides the page's own metadata", async () => {
    const dir = tempCorpus({ "story.md": md, "story.meta.json": JSON.stringify({ source: "Neudorf Post", title: "From the sidecar" }) });
    const { articles } = await loadCorpus(dir);
    expect(articles[0]).toMatchObject({ format: "md", title: "From the sidecar", source: "Neudorf Post" });
  });

  it("when broken, is reported with the article it belongs to (not ignored)", async () => {
    const dir = tempCorpus({ "story.md": md, "page.html": `<html><body><p>${P1}</p></body></html>`, "page.meta.json": "{ nope" });
    const { warnings } = await loadCorpus(dir);
    expect(warnings).toEqual([{ file: "page.html", reason: expect.stringMatching(/broken sidecar page\.meta\.json/) }]);
  });
});
