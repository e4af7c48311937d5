// Text hygiene: bidirectional controls (which reverse how the text after them is shown) never leave the corpus
// layer, whether written raw, as HTML entities, in front matter or in a sidecar.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { P1, P2, parseText } from "./helpers.js";

const CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];
const ANY = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

describe("bidirectional controls are stripped from everything taken from an article", () => {
  it.each(CONTROLS.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))("%s in a .txt body", (_name, c) => {
    const a = parseText("a.txt", `Headline\n\n${P1}\n\nThe mayor said the ferry ${c}gnp.exe would return.\n`);
    expect(a.body).not.toMatch(ANY);
    expect(a.body).toContain("ferry gnp.exe would return");
  });

  it("written as HTML entities, in the title and the story", () => {
    const html = `<html><head><title>Ferry &#x202E;closed</title></head><body><article><h1>Ferry &#x202E;closed</h1><p>${P1}</p><p>The mayor said &#x2067;no&#x2069; more.</p><p>${P2}</p></article></body></html>`;
    const a = parseText("a.html", html);
    expect(JSON.stringify(a)).not.toMatch(ANY);
    expect(a.body).toContain("The mayor said no more.");
  });

  it("in Markdown front matter and in a sidecar (also as a JSON escape)", () => {
    const md = parseText("a.md", `---\ntitle: "Ferry \u202eclosed"\nsource: "Coast\u200f Daily"\n---\n\n${P1}\n\n${P2}\n`);
    expect([md.title, md.source]).toEqual(["Ferry closed", "Coast Daily"]);
    const txt = parseText("b.txt", `${P1}\n\n${P2}\n`, `{"title": "Ferry \\u202Eclosed", "byline": "Ana \u2066Ruiz\u2069"}`);
    expect(JSON.stringify(txt)).not.toMatch(ANY);
    expect(txt.title).toBe("Ferry closed");
  });

  it("quotes and speakers extracted from the text carry none", () => {
    const a = parseText("q.txt", `${P1}\n\n"We will \u202ereopen it," the mayor, Ana Ruiz, said on Monday.\n`);
    expect(JSON.stringify(extractArticle(a))).not.toMatch(ANY);
  });
});
