// Photo captions and credits left inside running text, and the page's calls to action after the story:
// - a bare name between a sentence end and an opening quote ("…cleansing». Rachid Raha «In our letter…»");
// - a wire photo caption ("(FILES) The minister speaks in Geneva on May 2, 2021. – <the story's lead again>"):
//   the photo's own description stays, the restated lead and the marker go;
// - photo credits ("(Photo by A. NAME / POOL / AGENCY)", "Photo by: agency.com" opening a paragraph);
// - calls to action closing the page ("Sign up for newsletters …", "Select from these options: …").
// None is part of a sentence of the story: each is removed. Other page chrome is chrome.ts's.
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

/** "(FILES)", "(FILE PHOTO)", "(AFP)" opening a paragraph: a wire photo caption. */
const FILE_CAPTION = /(?:^|(?<=[.!?]["”’]?\s+))\((?:FILES?|FILE PHOTO|ARCHIVES?)\)\s+/;
/** "(Photo by YVES NAME / POOL / AFP)", "(Photo: Agency)", "(Picture credit: …)". */
const PHOTO_CREDIT = /\s*\((?:Photo|Photograph|Picture|Image)s?(?:\s+credit)?(?:\s+by)?:?\s[^()]{1,80}\)/g;
/** "- Photo by: agency.com " opening a paragraph, before the story's first words. */
const LEADING_CREDIT =
  /^[-•*]?\s*(?:Photo|Photograph|Picture|Image)s?(?:\s+credit)?(?:\s+by)?:\s*(?:[\w.-]+\.[a-z]{2,}|\p{Lu}[\p{Lu}.&-]+)(?:\s*\/\s*[\w.&-]+)*\s+(?=\p{Lu})/u;

/** The paragraph without photo captions restating the story and without photo credits. */
export function removePhotoCaptions(paragraph: string): string {
  let p = paragraph;
  const file = p.includes("(FILE") || p.includes("(ARCHIVE") ? FILE_CAPTION.exec(p) : null;
  if (file) {
    // the photo's description ends at ". –": what follows restates the story's lead, to the paragraph's end
    const from = file.index + file[0].length;
    const cut = /[.!?]["”’]?\s+[–—-]\s+/.exec(p.slice(from));
    p = p.slice(0, file.index) + p.slice(from, cut ? from + cut.index + 1 : p.length);
  }
  if (p.includes("(")) p = p.replace(PHOTO_CREDIT, "");
  const lead = LEADING_CREDIT.exec(p);
  if (lead) p = p.slice(lead[0].length);
  return p;
}

/** A sentence a page adds after the story to send the reader elsewhere. */
const CALL_TO_ACTION =
  /^(?:Stay in touch with us\b|Sign up for\b|Select from these options\b|Register now\b|Subscribe (?:now|today|to)\b|Follow us on\b|Download (?:the|our) app\b|Click here\b|Like us on\b|For more (?:news|stories) (?:about|on)\b.*\b(?:go to|visit)\b)/i;

/** The paragraphs without the calls to action that close the page, whole paragraphs or last sentences. */
export function dropTrailingCallsToAction(paragraphs: string[]): string[] {
  const out = paragraphs.slice();
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    const sentences = last.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    let n = sentences.length;
    while (n > 0 && CALL_TO_ACTION.test(sentences[n - 1]!.trim())) n--;
    if (n === sentences.length) break;
    if (n === 0 && out.length > 1) out.pop();
    else if (n === 0) break;
    else {
      out[out.length - 1] = sentences.slice(0, n).join(" ");
      break;
    }
  }
  return out;
}
