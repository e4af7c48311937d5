// Words that name or point to dates in English news text.

/** Month names and their usual abbreviations → month number. Keys are lower case, without a final dot. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sep", 9],
  ["sept", 9],
  ["october", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12],
]);

/** Regex source for a capitalised month name or abbreviation ("December", "Dec.", "Sept."). */
export const MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])";
/** Full month names only: a bare month with no day or year must be spelled out ("in March", not "in Mar"). */
export const FULL_MONTH_RE = "(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])";

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
]);
export const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/** Number words used in "two days ago", "a week ago". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1],
  ["an", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["fifteen", 15],
  ["twenty", 20],
  ["thirty", 30],
]);
export const NUMBER_RE = `(?:\\d{1,3}|${[...NUMBER_WORDS.keys()].join("|")})`;

/** Phrases before a period ("at the end of 2019", "the first quarter of 2024", "as far back as 1990"): lead words
 * that also make a bare number a year. */
const PERIOD_LEADS = [
  "at the end of",
  "at the start of",
  "at the beginning of",
  "at the turn of",
  "the first quarter of",
  "the second quarter of",
  "the third quarter of",
  "the fourth quarter of",
  "the year",
  "as recently as",
  "as far back as",
  "back to",
];

/** Words that may stand before a date and belong to it as written ("On December 1", "since 2020", "in early
 * 2015", "by the end of March"). Longest first so the alternation prefers them. */
export const LEAD_WORDS = [
  "as soon as",
  "no earlier than",
  "as early as",
  "as late as",
  "as of",
  "no later than",
  "not until",
  "up until",
  "up to",
  "prior to",
  "ahead of",
  "the end of",
  "the start of",
  "the beginning of",
  "the middle of",
  "the first half of",
  "the second half of",
  "the spring of",
  "the summer of",
  "the autumn of",
  "the fall of",
  "the winter of",
  "the night of",
  "the morning of",
  "the evening of",
  "the afternoon of",
  "late on",
  "early on",
  "earlier on",
  "later on",
  "overnight into",
  "overnight to",
  "overnight",
  "into",
  ...PERIOD_LEADS,
  "at least",
  "on",
  "in",
  "since",
  "by",
  "until",
  "till",
  "from",
  "before",
  "after",
  "during",
  "through",
  "throughout",
  "between",
  "around",
  "circa",
  "last",
  "this",
  "next",
  "early",
  "late",
  "mid",
  "mid-",
  "earlier",
  "later",
  "starting",
  "beginning",
  "ending",
];

/** Of the lead words, those that make a bare number a year ("in 2015", "since 2020", "by 2030"). */
export const YEAR_LEADS = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "from",
  "before",
  "after",
  "during",
  "through",
  "throughout",
  "between",
  "circa",
  "as of",
  "as early as",
  "as late as",
  "as soon as",
  "no earlier than",
  "no later than",
  "not until",
  "up until",
  "prior to",
  "the end of",
  "the start of",
  "the beginning of",
  "the middle of",
  "the first half of",
  "the second half of",
  "the spring of",
  "the summer of",
  "the autumn of",
  "the fall of",
  "the winter of",
  "early",
  "late",
  "mid",
  "mid-",
  ...PERIOD_LEADS,
]);

/** Of the lead words, those that make a bare capitalised month a date ("in March", "last May"), which keeps "May"
 * the name out. */
export const MONTH_LEADS = new Set([...YEAR_LEADS, "last", "this", "next", "earlier", "later"]);

/** Verbs of change before "by": "rose by 2000" is an amount, not a year. */
export const AMOUNT_BEFORE_BY =
  /\b(?:rose|risen|rise|rises|fell|fallen|falls|increased?|increases|decreased?|decreases|grew|grown|grows|dropped|drops?|cut|cuts|reduced?|reduces|jumped|jumps?|climbed|climbs?|declined?|declines|gained?|gains|lost|up|down|more|less|exceeded|outnumbered|multiplied|divided|raised|lowered|boosted|slashed|surged|soared|plunged|shrank|expanded)\s*$/i;

/** Words after a year-like number that show it is a count ("2015 fighters", "1900 hours"). */
export const COUNT_WORDS = new Set([
  "people",
  "persons",
  "men",
  "women",
  "children",
  "troops",
  "soldiers",
  "fighters",
  "workers",
  "civilians",
  "refugees",
  "migrants",
  "residents",
  "voters",
  "members",
  "hours",
  "minutes",
  "seconds",
  "days",
  "weeks",
  "months",
  "years",
  "km",
  "kilometres",
  "kilometers",
  "miles",
  "metres",
  "meters",
  "tonnes",
  "tons",
  "dollars",
  "euros",
  "pounds",
  "times",
  "units",
  "homes",
  "houses",
  "cases",
  "deaths",
  "votes",
  "jobs",
  "kg",
  "mw",
  "cars",
  "vehicles",
  "barrels",
  "acres",
  "hectares",
  "gmt",
  "utc",
  "hrs",
  "h",
  "local",
  "bst",
  "cet",
  "est",
  "edt",
  "pst",
]);

/** Markers of a clause about the future: a weekday in it is the next one, a day of the month is this year's or
 * next year's. */
export const FUTURE_MARKERS =
  /\b(?:will|shall|won[’']t|going to|is due|are due|was due|were due|is expected to|are expected to|is scheduled|are scheduled|was scheduled|were scheduled|scheduled for|is slated|are slated|was slated|were slated|slated for|is set to|are set to|was set to|were set to|plans? to|planned for|intends? to|(?<!\bthe\s)next|upcoming|would|(?:is|are) to (?!blame\b))\b|\w[’']ll\b/i;

/** Markers of a clause in the past: regular past forms (not "need", "hundred"…), common irregular ones, and the
 * auxiliaries of past and perfect tenses. */
export const PAST_MARKERS =
  /\b(?:was|were|had|did|has been|have been|(?!(?:need|feed|speed|seed|breed|proceed|exceed|succeed|hundred|indeed|bleed|creed|greed|weed|shed|embed|bed|red|wed)\b)[a-z]{2,}ed|said|told|went|came|took|made|met|left|began|fell|rose|won|lost|held|saw|found|gave|got|ran|sent|struck|fought|fled|led|shot|hit|killed|broke|brought|bought|built|caught|chose|drove|flew|grew|heard|kept|knew|paid|quit|sank|sat|sold|spoke|spent|stood|stole|stuck|swept|taught|tore|thought|threw|became|sought|spread|drew|ate|felt|overran|overthrew|withdrew|undertook|arose)\b/;

/** Verbs in the present that, with a date and nothing in the past, describe a schedule: the date is ahead. */
export const PRESENT_MARKERS = /\b(?:is|are|opens|begins|starts|runs|ends|expires|closes|falls|takes place|remains|resumes|returns)\b/;

/** A verb of intent, then (within a few words) an infinitive: what it governs lies ahead. */
export const INTENT_INFINITIVE =
  /\b(?:agree|decide|vote|pledge|promise|vow|plan|intend|expect|hope|aim|want|schedule|prepare|threaten|offer|commit|propose|ask|urge|call(?:ed|s)? on|order|invite|encourage|resolve)\w*\b[^,;.:]{0,60}?\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me)\b)[a-z]+\b/i;
