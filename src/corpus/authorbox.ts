// The author box at the foot of a page: a name line (often printed twice) and a bio line
// ("Adrian is working as the Editor at World Weekly News. He tries …"). Gives the byline and its role.
import { isBareName } from "./words.js";

export interface AuthorBox {
  /** Index of the name line and of the last line of the box. */
  start: number;
  end: number;
  name: string;
  role: string | null;
  /** The outlet the role names ("World Weekly News"), a fallback for the article's source. */
  outlet: string | null;
}

const BIO_VERB = /^(?:is|was|has|had|works|worked|writes|covers|reports|joined|serves|holds|lives|leads|edits)\b/;
/** A bio speaks of news work; "X is the chair of the council." is a story sentence, not a bio. */
const NEWS_WORK =
  /\b(?:editor|editors|editorial|reporter|journalist|journalism|correspondent|writer|columnist|contributor|author|producer|freelancer?|blogger|anchor|presenter|photographer|photojournalist|newsroom|desk|staff writer|covers|writes|reports|reporting|writing|news)\b/i;

const ROLE_PATTERNS = [
  /^(?:is|was|has been)\s+(?:currently\s+)?(?:working|serving)\s+as\s+(?:an?\s+|the\s+)?(.+)$/i,
  /^(?:works|worked|serves)\s+as\s+(?:an?\s+|the\s+)?(.+)$/i,
  /^(?:is|was)\s+(?:an?\s+|the\s+)(.+)$/i,
];
const ROLE_END = /[.;!?(]|\s+(?:who|where|since|and he|and she|and they|covering|based in|with over|with more than)\b|,/;

function roleFrom(rest: string): { role: string | null; outlet: string | null } {
  for (const re of ROLE_PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const raw = m[1]!;
    const cut = ROLE_END.exec(raw);
    const role = (cut ? raw.slice(0, cut.index) : raw).trim();
    if (role.length < 3 || role.length > 100) return { role: null, outlet: null };
    const outlet = /\b(?:at|for|with|of)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.\- ]*)$/u.exec(role);
    return { role, outlet: outlet ? outlet[1]!.replace(/^the\s+/i, "").trim() : null };
  }
  return { role: null, outlet: null };
}

/** The author box starting at `i` in `lines`, or null. */
export function authorBoxAt(lines: readonly string[], i: number): AuthorBox | null {
  const name = lines[i];
  if (name === undefined || name.length > 60) return null;
  // cheap test first: a box repeats the name or starts the next line or the one after with its first word
  const first = name.slice(0, name.indexOf(" ") >>> 0);
  const a = lines[i + 1];
  if (!(a === name || a?.startsWith(first + " "))) return null;
  if (!isBareName(name)) return null;
  let j = i + 1;
  const repeated = lines[j] === name;
  if (repeated) j++;
  const bio = lines[j];
  if (bio !== undefined) {
    const subject = bio.startsWith(name + " ") ? name : bio.startsWith(first + " ") ? first : null;
    if (subject) {
      const rest = bio.slice(subject.length + 1);
      const firstSentence = rest.split(/[.!?](?:\s|$)/, 1)[0]!;
      if (BIO_VERB.test(rest) && NEWS_WORK.test(firstSentence)) {
        const { role, outlet } = roleFrom(rest);
        return { start: i, end: j, name, role, outlet };
      }
    }
  }
  if (repeated) return { start: i, end: i + 1, name, role: null, outlet: null };
  return null;
}
