// Free text → a command and its query, for mentions ("@newsdesk who is Raha?") and the local console
// ("who is raha?", "/claims wagner speaker:cma"). General English question shapes only; anything it cannot
// read returns null and the caller shows a short help.

export interface NaturalCommand {
  command: "who" | "claims" | "timeline" | "briefing" | "sources" | "help" | "reload" | "quote";
  query: string;
  options: Record<string, string | undefined>;
}

const COMMANDS = new Set<NaturalCommand["command"]>(["who", "claims", "timeline", "briefing", "sources", "help", "reload", "quote"]);
const ALIASES: Record<string, NaturalCommand["command"]> = {
  brief: "briefing",
  briefing: "briefing",
  claim: "claims",
  claims: "claims",
  quotes: "claims",
  timeline: "timeline",
  events: "timeline",
  who: "who",
  whois: "who",
  sources: "sources",
  articles: "sources",
  help: "help",
  reload: "reload",
  quote: "quote",
};
/** The option that holds the main query, per command. */
const MAIN_OPTION: Record<string, string> = { who: "name", claims: "about", timeline: "topic", briefing: "topic", quote: "text" };

/** Strips quotes, trailing punctuation and filler around a name or topic. */
export function cleanQuery(q: string): string {
  let s = q.replace(/\s+/g, " ").trim();
  s = s.replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»?!.,;:]+$/g, "");
  s = s.replace(/\s+(please|pls|plz|now|today|again|for me)$/i, "");
  s = s.replace(/^(about|on|of|for|regarding|concerning|re)\s+/i, "");
  s = s.replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»?!.,;:]+$/g, "");
  return s.trim();
}

function make(command: NaturalCommand["command"], query: string, options: Record<string, string | undefined> = {}): NaturalCommand {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(options)) {
    const c = v === undefined ? undefined : cleanQuery(v);
    if (c) out[k] = c;
  }
  return { command, query: cleanQuery(query), options: out };
}

/** `/claims wagner speaker:cma`, `claims about:wagner speaker:"the CMA"`: a command word then options. */
function parseCommandForm(text: string): NaturalCommand | null {
  const m = /^\/?([a-z]+)\b\s*(.*)$/is.exec(text);
  if (!m) return null;
  const word = (m[1] as string).toLowerCase();
  const command = ALIASES[word];
  if (!command) return null;
  const rest = m[2] as string;
  // without the slash, only a bare command word followed by nothing, an option, or a name (not a question)
  if (!text.startsWith("/") && /^(is|are|was|were|did|does|do|has|have|said|says|the)\b/i.test(rest) && command !== "timeline") return null;
  const options: Record<string, string | undefined> = {};
  const optRe = /(^|\s)([a-z]+):\s*("([^"]*)"|“([^”]*)”|(\S+(?:\s+(?![a-z]+:)\S+)*))/gi;
  let free = rest;
  let om: RegExpExecArray | null;
  const found: { key: string; value: string; text: string }[] = [];
  while ((om = optRe.exec(rest)) !== null) {
    found.push({ key: (om[2] as string).toLowerCase(), value: (om[4] ?? om[5] ?? om[6] ?? "") as string, text: om[0] });
  }
  for (const f of found) {
    free = free.replace(f.text, " ");
    options[f.key] = f.value;
  }
  const main = MAIN_OPTION[command];
  let query = free;
  if (main && options[main] !== undefined) {
    query = `${options[main]} ${free}`;
    delete options[main];
  }
  if (command === "claims") {
    // "/claims wagner by cma", "claims about wagner from the CMA"
    const by = /^(.*?)\s+(?:by|from)\s+(.+)$/i.exec(query.trim());
    if (by && options.speaker === undefined) {
      query = by[1] as string;
      options.speaker = by[2] as string;
    }
  }
  return make(command, query, options);
}

const LEAD =
  /^(?:(?:hey|hi|hello|ok|okay|so|yo|please|pls|quick(?:ly)?|newsdesk)[\s,!:]+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|i\s+(?:want|need|would like)\s+(?:to\s+know\s+)?|tell\s+me\s+(?=who|what|when|about)|do\s+you\s+know\s+)*/i;

type Rule = { re: RegExp; build: (m: RegExpExecArray) => NaturalCommand };

/** Quoted words at the end of a question: 'deafening silence', “…”, "…", «…». */
const QUOTED = `["“”'‘’«]\\s*(.+?)\\s*["“”'‘’»]`;

const RULES: Rule[] = [
  // quote checks: "did Raha say 'deafening silence'?", "who said “deafening silence”?"
  {
    re: new RegExp(`^did\\s+(.+?)\\s+(?:really\\s+|actually\\s+)?(?:say|write|tell\\s+\\S+)\\s*[:,]?\\s*${QUOTED}$`, "i"),
    build: (m) => make("quote", m[2] as string, { speaker: m[1] }),
  },
  {
    re: new RegExp(
      `^(?:who\\s+(?:said|says|wrote)|(?:check|verify)\\s+(?:the\\s+|this\\s+)?quote|was\\s+it\\s+said)\\s*[:,]?\\s*${QUOTED}$`,
      "i",
    ),
    build: (m) => make("quote", m[1] as string),
  },
  // help
  { re: /^(?:help|\?|commands|what can you do|how does this work|what do you do|usage)\b/i, build: () => make("help", "") },
  // sources
  {
    re: /^(?:(?:list|show)(?: me)? (?:the )?)?(?:sources|articles|stories)(?: (?:do you have|you have|are there|in the corpus))?$/i,
    build: () => make("sources", ""),
  },
  { re: /^(?:what|which) (?:sources|articles|stories|papers|outlets)\b/i, build: () => make("sources", "") },
  // briefing
  { re: /^(?:brief(?:ing)?|catch)\s+(?:me|us)(?:\s+up)?(?:\s+(?:on|about)\s+(.+))?$/i, build: (m) => make("briefing", m[1] ?? "") },
  {
    re: /^(?:(?:give|post|write)\s+(?:me|us)\s+)?(?:a\s+)?briefing(?:\s+(?:on|about|for)\s+(.+))?$/i,
    build: (m) => make("briefing", m[1] ?? ""),
  },
  {
    re: /^(?:what(?:'s| is) the )?(?:summary|rundown|overview)(?:\s+(?:on|of|about|for)\s+(.+))?$/i,
    build: (m) => make("briefing", m[1] ?? ""),
  },
  // claims with a speaker and a topic
  {
    re: /^(?:what|how)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|claim(?:ed)?|tell|told|state|stated|report(?:ed)?|announce(?:d)?|think|thought)\s+(?:about|on|regarding|of|concerning)\s+(.+)$/i,
    build: (m) => make("claims", m[2] as string, { speaker: m[1] }),
  },
  {
    re: /^(?:what)\s+(?:is|was|are|were)\s+(.+?)\s+(?:saying|claiming|telling us)\s+(?:about|on|regarding)\s+(.+)$/i,
    build: (m) => make("claims", m[2] as string, { speaker: m[1] }),
  },
  // claims by a speaker only
  {
    re: /^(?:what|how)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|claim(?:ed)?|state|stated|announce(?:d)?|tell us)$/i,
    // the claims handler reads about = speaker as "everything this actor said"
    build: (m) => make("claims", m[1] as string, { speaker: m[1] }),
  },
  {
    re: /^(?:what\s+(?:is|was|are|were)\s+)(.+?)\s+(?:saying|claiming)$/i,
    build: (m) => make("claims", m[1] as string, { speaker: m[1] }),
  },
  {
    re: /^(?:quotes|statements|claims)\s+(?:from|by)\s+(.+?)(?:\s+(?:about|on)\s+(.+))?$/i,
    build: (m) => make("claims", (m[2] ?? m[1]) as string, { speaker: m[1] }),
  },
  // claims about a topic
  {
    re: /^(?:what|who)\s+(?:is|was|has been|have been|are|were)\s+(?:being\s+)?(?:said|claimed|reported|alleged)\s+(?:about|on|regarding)\s+(.+)$/i,
    build: (m) => make("claims", m[1] as string),
  },
  {
    re: /^(?:who|what)\s+(?:said|says|claimed|claims)\s+(?:(?:anything|something|what)\s+)?(?:about|on|regarding)\s+(.+)$/i,
    build: (m) => make("claims", m[1] as string),
  },
  { re: /^(?:quotes|statements|claims|reactions)\s+(?:about|on|regarding|over)\s+(.+)$/i, build: (m) => make("claims", m[1] as string) },
  // "who said genocide?": who used those words (after "who said about …", which asks about an actor)
  { re: /^who\s+(?:said|says|called\s+it|spoke\s+of|used\s+the\s+words?)\s+(.+)$/i, build: (m) => make("claims", m[1] as string) },
  {
    re: /^(?:show\s+(?:me\s+)?)?(?:the\s+)?(?:quotes|statements|claims|reactions)\s+(?:about|on|regarding|over)\s+(.+)$/i,
    build: (m) => make("claims", m[1] as string),
  },
  {
    re: /^who\s+(?:is|was|are|were)\s+(?:quoted|cited)\s+(?:about|on|regarding|in)\s+(.+)$/i,
    build: (m) => make("claims", m[1] as string),
  },
  {
    re: /^(?:what(?:'s|’s|\s+is)\s+)?(?:the\s+)?(?:latest|news|new)\s+(?:on|about|with|from)\s+(.+)$/i,
    build: (m) => make("briefing", m[1] as string),
  },
  { re: /^(?:anything|what do (?:we|you) (?:know|have))\s+(?:on|about)\s+(.+)$/i, build: (m) => make("who", m[1] as string) },
  { re: /^where\s+(?:is|was|are)\s+(.+)$/i, build: (m) => make("who", m[1] as string) },
  // timeline
  {
    re: /^(?:(?:show|give)\s+(?:me\s+)?(?:the\s+)?)?timeline(?:\s+(?:of|for|on|about|in))?(?:\s+(.+))?$/i,
    build: (m) => make("timeline", m[1] ?? ""),
  },
  {
    re: /^what\s+(?:happened|has happened|is happening|went on)(?:\s+(?:in|at|to|with|around|near|on)\s+(.+?))?(?:\s+and when)?$/i,
    build: (m) => make("timeline", m[1] ?? ""),
  },
  {
    re: /^when\s+(?:did|was|were|is)\s+(.+?)(?:\s+(?:happen|happened|attacked|start|started|begin|began|end|ended))?$/i,
    build: (m) => make("timeline", m[1] as string),
  },
  { re: /^(?:events|chronology)(?:\s+(?:of|for|in|about|on))?(?:\s+(.+))?$/i, build: (m) => make("timeline", m[1] ?? "") },
  // who
  { re: /^(?:who|what)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(.+)$/i, build: (m) => make("who", m[1] as string) },
  { re: /^(?:tell\s+me\s+)?(?:more\s+)?about\s+(.+)$/i, build: (m) => make("who", m[1] as string) },
  { re: /^(?:info|profile|card)\s+(?:on|for|about)\s+(.+)$/i, build: (m) => make("who", m[1] as string) },
];

/**
 * Reads a question or a typed command. Returns null when the text is not one (the caller shows help).
 * A bare name ("Raha") is read as `/who`.
 */
export function parseNatural(input: string): NaturalCommand | null {
  const text = input
    .replace(/<@[!&]?\d+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return null;
  if (text.startsWith("/")) return parseCommandForm(text);
  const body = text
    .replace(LEAD, "")
    .replace(/[\s?!.]+$/g, "")
    .trim();
  if (body === "") return null;
  // "who is" with no name: the help of /who, as `/who` alone gives
  if (/^(?:who(?:\s+is|\s+are|'s|’s)?|whois)$/i.test(body)) return make("who", "");
  for (const rule of RULES) {
    const m = rule.re.exec(body);
    if (m) {
      const cmd = rule.build(m);
      if (cmd.command === "who" && cmd.query === "") continue;
      return cmd;
    }
  }
  // "who raha", "claims wagner speaker:cma": a command word without the slash
  const form = parseCommandForm(body);
  if (form) return form;
  // a bare name of a few words, capitalised or not, with no verb-like shape
  if (
    /^[\p{L}\p{N}'’.\- ]{2,60}$/u.test(body) &&
    body.split(" ").length <= 5 &&
    !/^(what|when|why|how|who|where|which|is|are|do|does|did|can|could|should|would)\b/i.test(body)
  ) {
    return make("who", body);
  }
  return null;
}

export function isCommandName(name: string): name is NaturalCommand["command"] {
  return COMMANDS.has(name as NaturalCommand["command"]);
}
