// Photo captions left inside running text: a bare name between a sentence end and an opening quote
// ("…cleansing». Rachid Raha «In our letter…»"). The name is no part of either sentence: it is removed.
import { isBareName } from "./words.js";

// sentence end (with closing quotes) | paragraph start, then 2–5 words, then an opening quote + capital.
const INLINE_CAPTION =
  /(^|[.!?…]["'”’»)]*\s+)((?:[\p{Lu}][\p{L}'’.-]*|al|el|de|da|van|von|der|bin|ben|ibn|ould|du|la|le|di|ag|al-\p{Lu}[\p{L}'’-]*|el-\p{Lu}[\p{L}'’-]*)(?: (?:[\p{Lu}][\p{L}'’.-]*|al|el|de|da|van|von|der|bin|ben|ibn|ould|du|la|le|di|ag|al-\p{Lu}[\p{L}'’-]*|el-\p{Lu}[\p{L}'’-]*)){1,4}) (?=[«“"„‹]\s?[\p{Lu}\p{N}])/gu;

/** The paragraph without inline name captions. */
export function removeInlineCaptions(paragraph: string): string {
  if (!/[«“"„‹]/.test(paragraph)) return paragraph;
  return paragraph.replace(INLINE_CAPTION, (whole, lead: string, name: string) => (isBareName(name) ? lead : whole));
}

// Advertising labels glued into running text between two sentences ("…said. ADVERTISEMENT The army…").
const INLINE_LABEL =
  /([.!?…]["'”’»)]*) (?:ADVERTISEMENT|SPONSORED|promotional material|Story continues below advertisement|Article continues below advertisement)(?= [\p{Lu}"“«‘])/gu;

export function removeInlineLabels(paragraph: string): string {
  // four plain searches are far cheaper than one alternation tried at every position
  if (
    !paragraph.includes("ADVERTISEMENT") &&
    !paragraph.includes("SPONSORED") &&
    !paragraph.includes("promotional material") &&
    !paragraph.includes("continues below")
  )
    return paragraph;
  return paragraph.replace(INLINE_LABEL, "$1");
}
