// Offices that speak for an officeholder: "the president's office", "the presidency", "Governor Reyes's office".
// Each is an actor of kind government, marked unnamed, named by its phrase without the article, with the phrase
// as written as an alias; "the presidency" joins the article's one "president's office" (the same body), else
// it is an office of its own. The officeholder stays a separate actor: an office is never the person.
// Which verb of saying makes it a speaker is the statements layer's.
import type { Sentence } from "../types.js";
import type { Draft, Registry } from "./registry.js";

const HOLDERS = "president|governor|mayor|prime minister|premier|chancellor|senator|minister";
/** "the president's office", "the Governor’s Office". */
const TITLE_OFFICE = new RegExp(String.raw`\b[Tt]he\s+((${HOLDERS})['’]s?\s+office)\b`, "giu");
/** "Governor Reyes's office", "Mayor Ann Lutz’ office": a title, a name, then the office. */
const NAMED_OFFICE =
  /\b((?:President|Governor|Gov\.|Mayor|Premier|Chancellor|Senator|Sen\.|Prime Minister|Minister)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?['’]s?\s+[Oo]ffice)\b/gu;
const PRESIDENCY = /\b([Tt]he\s+presidency)\b(?!\s+of\b)/g;

export function officeSources(sentences: Sentence[], reg: Registry): void {
  const offices = new Map<string, Draft>();
  const add = (s: Sentence, at: number, written: string, name: string, holder: string | null): Draft => {
    const display = name.replace(/\s+/g, " ").replace(/[’]/g, "'");
    const d = reg.add(display, "government");
    d.unnamed = true;
    reg.alias(d, written);
    reg.mention(d, s.start + at, s.start + at + written.length, s.index, "descriptor");
    if (holder) offices.set(holder, d);
    return d;
  };
  for (const s of sentences) {
    if (!/office/i.test(s.text)) continue;
    TITLE_OFFICE.lastIndex = 0;
    for (let m = TITLE_OFFICE.exec(s.text); m; m = TITLE_OFFICE.exec(s.text))
      add(s, m.index, m[0], m[1]!.toLowerCase(), m[2]!.toLowerCase());
    NAMED_OFFICE.lastIndex = 0;
    for (let m = NAMED_OFFICE.exec(s.text); m; m = NAMED_OFFICE.exec(s.text)) add(s, m.index, m[1]!, m[1]!, null);
  }
  for (const s of sentences) {
    PRESIDENCY.lastIndex = 0;
    for (let m = PRESIDENCY.exec(s.text); m; m = PRESIDENCY.exec(s.text)) {
      const office = offices.get("president");
      if (office) {
        reg.alias(office, m[1]!);
        reg.mention(office, s.start + m.index, s.start + m.index + m[1]!.length, s.index, "descriptor");
      } else add(s, m.index, m[1]!, "presidency", null);
    }
  }
}
