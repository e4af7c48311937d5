// HTML: the article body through Readability, metadata from meta tags, JSON-LD, <title> and the canonical link.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { P1, P2, P3, parseText } from "./helpers.js";

describe("a crafted news page (test/fixtures/corpus/port-deal.html)", async () => {
  const { articles } = await loadCorpus("test/fixtures/corpus");
  const a = articles.find((x) => x.id === "port-deal")!;

  it("takes metadata from the meta tags", () => {
    expect(a.format).toBe("html");
    expect(a.title).toBe("Port operators agree on night shifts");
    expect(a.source).toBe("The Lakeside Gazette");
    expect(a.byline).toBe("Priya Natarajan");
    expect(a.url).toBe("https://gazette.example/business/port-night-shifts");
    expect(a.published).toEqual({ value: "2024-05-02", basis: "metadata" });
  });

  it("keeps the four story paragraphs and nothing else", () => {
    const paragraphs = a.body.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The three operators of the Lakeside container port agreed on Thursday/);
    expect(paragraphs[1]).toMatch(/^"This is the first time/);
    for (const chrome of [
      "Cranes at the north quay",
      "Advertisement",
      "Unions Want Guarantees",
      "Share on",
      "Related",
      "Ferry fares",
      "All rights reserved",
      "Sunny 25°C",
      "Subscribe",
      "By Priya",
      "window.dataLayer",
      "font-family",
    ]) {
      expect(a.body).not.toContain(chrome);
    }
  });
});

describe("pages with less metadata", () => {
  it("falls back to JSON-LD and to <title> minus its site suffix", () => {
    const html = `<html><head><title>Mayor resigns over contracts - Hill Times</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
      {"@type":"NewsArticle","datePublished":"2023-11-30T09:00:00Z","author":[{"@type":"Person","name":"Ana Ruiz"}]}]}</script>
      </head><body><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const a = parseText("mayor.html", html);
    expect(a.title).toBe("Mayor resigns over contracts");
    expect(a.source).toBe("Hill Times");
    expect(a.byline).toBe("Ana Ruiz");
    expect(a.published).toEqual({ value: "2023-11-30", basis: "metadata" });
    expect(a.body).toBe([P1, P2, P3].join("\n\n"));
  });

  it("the site name is the part after the last separator of <title>", () => {
    const html = `<html><head><title>Mali - Wagner clash: what we know - BBC News</title></head><body><article><p>${P1}</p></article></body></html>`;
    const a = parseText("t.html", html);
    expect([a.title, a.source]).toEqual(["Mali - Wagner clash: what we know", "BBC News"]);
  });

  it("a short page with no <article> still gives its text, without navigation", () => {
    const html = `<html><body><nav><a>Home</a><a>World</a></nav><div><p>${P1}</p></div><footer>Contact us</footer></body></html>`;
    const a = parseText("short.html", html);
    expect(a.body).toBe(P1);
    expect(a.published).toEqual({ value: null, basis: "none" });
  });

  it("the h1 is the title when the head has none, and is not repeated in the body", () => {
    const html = `<html><body><article><h1>Bridge reopens after repairs</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const a = parseText("bridge.html", html);
    expect(a.title).toBe("Bridge reopens after repairs");
    expect(a.body).not.toContain("Bridge reopens");
  });

  it("text in leaf <div>s is kept; <br> separates lines, so an author box in one element is found", () => {
    const html = `<html><body><main><div class="story"><div>${P1}</div><div>${P2}</div>
      <div class="author">Tom Hale<br>Tom is working as the Editor at the Daily Ledger. He covers ports.</div></div></main></body></html>`;
    const a = parseText("divs.html", html);
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    expect(a.byline).toBe("Tom Hale");
    expect(a.bylineRole).toBe("Editor at the Daily Ledger");
  });

  it("a date banner in the page header is the page date (published page-header without meta)", () => {
    const html = `<html><body><header><div class="top-bar"><span class="weather">8.2 C</span> <span class="date">Monday, December 11, 2023</span></div>
      <nav><a>Home</a></nav></header><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const a = parseText("banner.html", html);
    expect(a.pageDate).toBe("2023-12-11");
    expect(a.published).toEqual({ value: "2023-12-11", basis: "page-header" });
    expect(a.body).toBe([P1, P2, P3].join("\n\n"));
  });

  it("an HTML fragment without <html> loads", () => {
    expect(parseText("frag.html", `<h1>Ferry ends</h1><p>${P1}</p><p>${P2}</p>`).body).toBe(`${P1}\n\n${P2}`);
  });

  it("an ill-formed page does not crash", () => {
    const a = parseText("broken.html", `<html><body><p>${P1}<div><p>${P2}</span></table>`);
    expect(a.body).toContain("The harbour council voted");
  });
});
