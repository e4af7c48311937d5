// Line-level recognisers of page chrome: weather, breadcrumbs, advertising and share/subscribe labels,
// "Follow X on", bylines, photo credits, list markers ("Must Read", "Related") and comment sections.
// Each works on one whitespace-collapsed line and is anchored, so a line costs a handful of regex tests.
import { parseDateBanner } from "./dates.js";
import { endsWithFullStop, wordCount } from "./words.js";

// "8.2 C", "21°F", "Sunny 25°C", "-3 °C", "Cloudy, 18 °C / 64 °F", "New York 8.2 C", "Partly cloudy 12°",
// "12° / 8°", "H: 25° L: 18°": a temperature with at most a place or weather words before it and only weather
// words after it ("Section 8 C of the law" is not weather).
const WEATHER_WORD =
  "(?:sunny|cloudy|partly|mostly|clear|rain|rainy|showers?|snow|fog|foggy|windy|storms?|thunderstorms?|drizzle|overcast|fair|hot|cold|mild|haze|hazy|humid|light|heavy|high|low|now|today|tonight|feels|like|and)";
const LEAD = `(?:(?:\\p{Lu}[\\p{L}.'’\\-]*|${WEATHER_WORD}|[HL]:)(?:\\s+(?:\\p{Lu}[\\p{L}.'’\\-]*|${WEATHER_WORD})){0,3}[,:]?\\s*)?`;
const TEMP = "[-+−]?\\d{1,3}(?:[.,]\\d{1,2})?";
const TAIL = `(?:\\s+${WEATHER_WORD}){0,4}`;
const WEATHER = new RegExp(`^${LEAD}${TEMP}\\s*°?\\s*[CF](?:\\s*\\/\\s*${TEMP}\\s*°?\\s*[CF])?${TAIL}$`, "iu");
const WEATHER_DEGREES = new RegExp(`^${LEAD}${TEMP}\\s*°\\s*[CF]?(?:\\s*(?:\\/|[HL]:?)\\s*${TEMP}\\s*°\\s*[CF]?)?${TAIL}$`, "iu");

export function isWeather(line: string): boolean {
  if (line.length > 50) return false;
  return (/\d\s*°?\s*[CF]\b/.test(line) && WEATHER.test(line)) || (line.includes("°") && WEATHER_DEGREES.test(line));
}

/** Exact labels that are never story text (lower case, trailing punctuation removed). */
const LABELS = new Set([
  "advertisement",
  "advertisements",
  "advertising",
  "ad",
  "ads",
  "sponsored",
  "sponsored content",
  "sponsored links",
  "promotional material",
  "promoted",
  "promoted content",
  "paid content",
  "paid post",
  "partner content",
  "story continues below advertisement",
  "article continues below advertisement",
  "continue reading below",
  "scroll to continue with content",
  "continue reading",
  "content continues below",
  "share",
  "share this",
  "share this article",
  "share this story",
  "share this post",
  "share on",
  "share via",
  "share article",
  "tweet",
  "email",
  "e-mail",
  "print",
  "copy link",
  "link copied",
  "whatsapp",
  "facebook",
  "twitter",
  "linkedin",
  "telegram",
  "reddit",
  "pinterest",
  "messenger",
  "x",
  "instagram",
  "youtube",
  "subscribe",
  "subscribe now",
  "sign up",
  "newsletter",
  "log in",
  "login",
  "sign in",
  "register",
  "menu",
  "search",
  "close",
  "skip to content",
  "skip to main content",
  "back to top",
  "print this page",
  "listen to this article",
  "listen",
  "save",
  "save article",
  "bookmark",
  "gift this article",
  "comments",
  "comment",
  "view comments",
  "show comments",
  "tags",
  "topics",
  "filed under",
  "report an error",
  "all rights reserved",
  "font size",
  "text size",
  "a+",
  "a-",
  "aa",
  "loading",
  "photo",
  "photos",
  "video",
  "gallery",
  "image",
  "file photo",
  "home",
  "getty images",
  "afp via getty images",
  "accept",
  "accept all",
  "accept cookies",
  "reject all",
  "manage preferences",
  "cookie settings",
  "got it",
  "categories",
  "archives",
  "search for",
  "powered by wordpress",
  "skip to navigation",
  "toggle navigation",
  "view image in fullscreen",
  "like this",
  "like loading",
  "loading",
  "print friendly",
  "pdf",
  "enlarge this image",
  "toggle caption",
  "hide caption",
  "expand",
  "open in app",
]);

/** Labels that open a list of other stories: the label and the headline lines after it are dropped. */
const LIST_MARKERS = new Set([
  "must read",
  "must-read",
  "related",
  "related articles",
  "related posts",
  "related stories",
  "related news",
  "related content",
  "related topics",
  "read more",
  "read also",
  "also read",
  "see also",
  "read next",
  "up next",
  "recommended",
  "recommended for you",
  "recommended stories",
  "you may also like",
  "you might also like",
  "you may have missed",
  "more stories",
  "more news",
  "latest news",
  "latest stories",
  "latest posts",
  "latest",
  "trending",
  "trending now",
  "popular",
  "popular posts",
  "most popular",
  "most read",
  "most viewed",
  "top stories",
  "editor's picks",
  "editors' picks",
  "don't miss",
  "more from this section",
  "in other news",
  "previous article",
  "next article",
  "previous post",
  "next post",
  "prev post",
  "recent posts",
  "recent news",
  "more articles",
  "other news",
  "related reading",
  "more in this category",
  "you may be interested in",
]);

/** Labels that open a comment section: everything after them is dropped. */
const COMMENT_MARKERS = new Set([
  "leave a reply",
  "leave a comment",
  "post a comment",
  "add a comment",
  "leave a reply cancel reply",
  "join the conversation",
  "comments are closed",
  "you must be logged in to post a comment",
]);

// what LABEL_TRIM can remove: first character | last character (besides whitespace)
const TRIM_START = "|•·>»›#*-";
const TRIM_END = ":.!|•·>»›*-";
const WS = /\s/;
const LABEL_TRIM = /^[\s|•·>»›#*-]+|[\s:.!|•·>»›*-]+$/g;

export function labelKey(line: string): string {
  const key = line.toLowerCase();
  if (key === "") return key;
  // LABEL_TRIM_TEST by the first and last characters (the regex's $ branch is tried at every position)
  const first = key[0]!;
  const last = key[key.length - 1]!;
  const trims = TRIM_START.includes(first) || TRIM_END.includes(last) || WS.test(first) || WS.test(last);
  return trims ? key.replace(LABEL_TRIM, "") : key;
}

export type LabelKind = "label" | "list-marker" | "comment-marker";

/** What a short label line is: chrome to drop, a list of other stories, a comment section; or null. */
export function labelKind(line: string): LabelKind | null {
  if (line.length > 60) return null;
  const key = labelKey(line);
  if (LABELS.has(key)) return "label";
  if (COMMENT_MARKERS.has(key) || /^\d{1,5} (?:comments?|responses?|replies)$/.test(key)) return "comment-marker";
  if (LIST_MARKERS.has(key) || /^more (?:from|in|on|news from) [\p{L} ]{2,40}$/u.test(key)) return "list-marker";
  return null;
}

// Share/subscribe/credit lines that start with a label; never applied to a line ending in a full stop,
// except the colon-led link labels ("Read more: …", "Photo: …") that are unambiguous.
const PREFIX_CHROME =
  /^(?:share (?:on|this|via|to)\b|click to (?:share|print|email)|subscribe (?:to|for|now)\b|sign up (?:for|to)\b|get (?:our|the) [\w ]{0,30}newsletter|download (?:our|the) app|join (?:our|us on)\b|follow us\b|all rights reserved)/i;
const COLON_LABEL =
  /^(?:read more|read also|also read|see also|related|more|watch|listen|tags?|topics?|filed under|photo(?:graph)?s?|image|picture|credit|photo credit|video|source image|featured image)\s*:\s*\S/i;

// Always chrome, whatever the ending: copyright lines, BBC-style media captions, "3 hours ago", "5 min read".
const ALWAYS_CHROME =
  /^(?:©|copyright\s+(?:©|\(c\)|\d{4})|\(c\)\s*\d{4}|(?:image|media|video|photo) (?:source|caption|credit)\s*[,:]|\d{1,2}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago$|(?:published|updated|posted)\s+\d{1,2}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago$|\d{1,2}[- ]?min(?:ute)?s?\s+read$)/i;

export function isPrefixChrome(line: string): boolean {
  if (/^\p{Ll}/u.test(line)) return false; // a line of wrapped text that happens to start with "subscribe to"
  if (ALWAYS_CHROME.test(line) && line.length <= 200) return true;
  if (COLON_LABEL.test(line) && wordCount(line) <= 25) return true;
  if (endsWithFullStop(line)) return false;
  return line.length <= 120 && PREFIX_CHROME.test(line);
}

/** Photo credits in brackets on their own line: "(Photo: Reuters)", "[AFP]". */
export function isCreditLine(line: string): boolean {
  return (
    line.length <= 80 &&
    /^[([](?:photo|image|picture|credit|file|source)?[^()[\]]{0,70}[)\]]$/i.test(line) &&
    /photo|image|picture|credit|file|getty|afp|reuters|ap\b|epa|shutterstock/i.test(line)
  );
}

const SOCIAL =
  "(?:Twitter|X|Facebook|Instagram|Google News|Telegram|LinkedIn|YouTube|WhatsApp|Threads|TikTok|Bluesky|Mastodon|social media)";
const FOLLOW = new RegExp(
  `^[Ff]ollow\\s+(us|me|(?:@|\\p{Lu}|\\p{N}).{1,59}?)\\s+on(?:\\s+${SOCIAL}(?:\\s*(?:,|and|&)\\s*${SOCIAL})*)?\\s*[.:!]?$`,
  "u",
);

/** "Follow World Weekly News on" / "Follow us on Twitter": the outlet named, "" for "us", or null. */
export function parseFollow(line: string): string | null {
  if (line.length > 120) return null;
  const m = FOLLOW.exec(line);
  if (!m) return null;
  const who = m[1]!.trim();
  if (/^(?:us|me|him|her|them|@?\w+ (?:and|&) \w+)$/i.test(who)) return "";
  if (/^@/.test(who)) return "";
  return wordCount(who) <= 6 ? who : null;
}

const BYLINE_NAME =
  "\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|(?:al|el|ag)-\\p{Lu}[\\p{L}'’\\-]*|al|el|de|da|van|von|der|bin|ben|ibn|ould|du|la|le|di))*";
const BYLINE = new RegExp(
  `^(?:By|Written by|Words by|Reporting by|Author:?|Story by)\\s+(${BYLINE_NAME}(?:\\s*(?:,|and|&)\\s*${BYLINE_NAME})*?)(?:\\s*(?:[,|•·–—-]|\\bfor\\b|\\bin\\b)\\s*(\\p{Lu}[\\p{L}&'.\\-]*(?:\\s+[\\p{L}&'.\\-]+){0,5}))?$`,
  "u",
);
/** "By Friday", "By December": a time, not an author. */
const NOT_A_BYLINE =
  /^(?:By|Written by|Words by|Reporting by|Author:?|Story by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|Then|Now|Late|Early|Mid|Next|Last|Tonight|Today|Tomorrow|Noon|Midnight|Contrast|Comparison|Law|Order|Far|Then|Default|Design|Accident|Chance|Force)\b/;

const BYLINE_START = /^(?:By|Written by|Words by|Reporting by|Author:?|Story by)\s/;
const BYLINE_DATE_SEP = /\s*(?:[-–—|•·,]|\bon\b)\s*/g;

/** "By Adrian Ovalle" / "By Jane Roe and John Doe, Reuters" / "By Ana Ruiz - December 8, 2023": the names,
 * what follows them, and a date printed beside them (ISO day). */
export function parseBylineLine(line: string): { byline: string; rest: string | null; date: string | null } | null {
  if (line.length > 120 || (endsWithFullStop(line) && !/\b[A-Z]\.$/.test(line))) return null;
  if (!BYLINE_START.test(line) || NOT_A_BYLINE.test(line)) return null;
  let date: string | null = null;
  let head = line;
  if (/\d{4}/.test(line)) {
    // the date is the tail after one of the separators: try each, left to right
    BYLINE_DATE_SEP.lastIndex = 0;
    for (let m = BYLINE_DATE_SEP.exec(line); m; m = BYLINE_DATE_SEP.exec(line)) {
      const d = parseDateBanner(line.slice(m.index + m[0].length));
      if (d) {
        date = d;
        head = line.slice(0, m.index);
        break;
      }
    }
  }
  const m = BYLINE.exec(head);
  if (!m) return null;
  return { byline: m[1]!.trim(), rest: m[2]?.trim() ?? null, date };
}

/** "HomeWorldFormer Tuareg …" (glued) or "Home > World > Africa" / "Home / News / …". */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 300) return false;
  if (line.startsWith("Home")) return /^Home(?:\s*[>»›/|]\s*|\p{Lu})/u.test(line);
  if (!/ [>»›|/] /.test(line)) return false;
  const parts = line.split(/\s+[>»›|/]\s+/);
  return parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 40) && !/[.!?]$/.test(line);
}

// Credits at the foot of a story: "Associated Press writer X contributed to this report.", "(Reporting by …)".
const CREDIT_TAIL =
  /^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b.{0,200}|.{0,160}\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\.?\)?)$/i;

/** A credit line that closes a story (dropped only after the last paragraph of the story). */
export function isCreditTail(line: string): boolean {
  return line.length <= 260 && CREDIT_TAIL.test(line);
}

const OUTLET_WORDS =
  "News|Times|Post|Press|Agency|Tribune|Herald|Journal|Gazette|Daily|Weekly|Radio|TV|Television|Network|Reuters|AFP|AP|BBC|CNN|Monitor|Observer|Chronicle|Telegraph|Guardian|Express|Mail|Standard|Review";
const ROLE_WORDS = "correspondent|reporter|editor|writer|journalist|contributor|columnist|producer|analyst";
const OUTLET_LINE = new RegExp(`^((?:\\p{Lu}[\\p{L}&'.\\-]*\\s+){0,3}(?:${OUTLET_WORDS}))(?:,\\s*\\p{Lu}[\\p{L}\\- ]{1,30})?$`, "u");
const ROLE_LINE = new RegExp(
  `^(?:[\\p{L}\\-]+\\s+){0,3}(?:${ROLE_WORDS})s?(?:\\s+(?:at|for|of|with)\\s+\\p{Lu}[\\p{L}&'.\\- ]{1,40})?(?:,\\s*\\p{Lu}[\\p{L}\\- ]{1,30})?$`,
  "iu",
);

/** The line under a byline name in a page header: an outlet ("BBC News, Nairobi") or a role
 * ("Africa correspondent"). */
export function parseBylineSuffix(line: string): { outlet: string | null; role: string | null } | null {
  if (line.length > 80) return null;
  const outlet = OUTLET_LINE.exec(line);
  if (outlet) return { outlet: outlet[1]!.trim(), role: null };
  if (ROLE_LINE.test(line)) return { outlet: null, role: line };
  return null;
}
