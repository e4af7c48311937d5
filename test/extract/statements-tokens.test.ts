// The hand-written token scanner must cut text exactly where the reference token regex does.
import { describe, expect, it } from "vitest";
import { TOKEN_REFERENCE, tokenize } from "../../src/extract/statements/tokens.js";

function reference(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  TOKEN_REFERENCE.lastIndex = 0;
  for (let m = TOKEN_REFERENCE.exec(text); m; m = TOKEN_REFERENCE.exec(text)) {
    const w = m[0];
    // The dot split of tokenize: a trailing dot leaves the word unless it is an initial or an abbreviation.
    if (/^[\p{L}\p{N}]/u.test(w) && w.endsWith(".") && !/^(\p{L}|(\p{L}\.)+\p{L}?)\.$/u.test(w)) {
      out.push({ start: m.index, text: w.slice(0, -1) }, { start: m.index + w.length - 1, text: "." });
    } else out.push({ start: m.index, text: w });
  }
  return out;
}

const CASES = [
  "The U.S. envoy said. J. Smith left.",
  "Prices rose 3.5% to 1,000.50 on 12.05.2024, up 1,2,3.",
  "al-Mawloud’s AU's rock-'n'-roll -- a... ...b x.y. 1. 1.a a.1.",
  "Les «\u0001\u0001\u0001» said \u0001 here",
  "É. ÉTÉ. été. 中国 说 ²³.4 Ⅻ.2 𝐀𝐁c. 𝐀. x\ud800y \ud800",
  "tabs\tand\u00a0no-break\u2028spaces\ufeffend",
  "",
  "   ",
  "'tis 12-3 5- -5 .5 5. ’’ ‘a’",
];

describe("tokenize", () => {
  it.each(CASES)("cuts %j like the reference regex", (text) => {
    const got = tokenize(text, 0, text.length, []).map((t) => ({ start: t.start, text: t.text }));
    expect(got).toEqual(reference(text));
  });

  it("keeps offsets of a slice of a longer text", () => {
    const body = "xx Officials said. yy";
    expect(tokenize(body, 3, 18, []).map((t) => [t.start, t.text, t.kind])).toEqual([
      [3, "Officials", "word"],
      [13, "said", "word"],
      [17, ".", "punct"],
    ]);
  });

  it("lower-cases words but keeps acronyms", () => {
    const text = "WHO Said US É ÉTÉ Été said";
    expect(tokenize(text, 0, text.length, []).map((t) => t.lower)).toEqual(["WHO", "said", "US", "é", "ÉTÉ", "été", "said"]);
  });
});
