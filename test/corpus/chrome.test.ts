// Page chrome rules, each on crafted pages (not the seeds): what must go, and what looks close but is story.
import { describe, expect, it } from "vitest";
import { P1, P2, P3, parseText } from "./helpers.js";

/** A .txt page: blocks separated by blank lines (a block may hold several lines). */
const page = (...blocks: string[]) => blocks.join("\n\n") + "\n";
const paras = (body: string) => body.split("\n\n");

describe("chrome that goes", () => {
  const cases: { rule: string; text: string; gone: string[] }[] = [
    {
      rule: "weather lines",
      text: page("21°F\nSunny 25°C\n-3 °C\nCloudy, 18 °C / 64 °F\nPartly cloudy 12°\n12° / 8°\nH: 25° L: 18°", P1, "8.2 C", P2),
      gone: ["°", "8.2 C"],
    },
    { rule: "a lone city line in the header", text: page("Lagos", "Port Harcourt", P1, P2), gone: ["Lagos", "Port Harcourt"] },
    {
      rule: "breadcrumbs with separators",
      text: page("Home > World > Africa", P1, "News / Politics / Elections", P2),
      gone: ["Home", "Africa", "Elections"],
    },
    {
      rule: "advertising labels",
      text: page(P1, "ADVERTISEMENT", "Sponsored", "promotional material", "Story continues below advertisement", P2),
      gone: ["ADVERTISEMENT", "Sponsored", "promotional", "Story continues"],
    },
    {
      rule: "share and subscribe lines",
      text: page(
        P1,
        "Share this article\nShare on Facebook\nClick to share on WhatsApp (Opens in new window)",
        "Subscribe to our newsletter",
        "Sign up for our daily briefing",
        P2,
      ),
      gone: ["Share", "Subscribe", "Sign up", "WhatsApp"],
    },
    { rule: "Follow X on", text: page(P1, P2, "Follow us on Twitter and Facebook"), gone: ["Follow"] },
    {
      rule: "Leave a Reply and the comment form after it",
      text: page(
        P1,
        P2,
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
      ),
      gone: ["Leave a Reply", "email address", "Save my name"],
    },
    {
      rule: "Must Read and the headlines it lists",
      text: page(P1, P2, "Must Read", "Floods hit the northern valleys again", "Minister opens new rail line"),
      gone: ["Must Read", "Floods hit", "rail line"],
    },
    {
      rule: "Related / Read more lists between paragraphs",
      text: page(
        P1,
        "Related",
        "Council approves new budget\nSchools to reopen in May",
        P2,
        "Read more: Port strike enters second week",
        P3,
      ),
      gone: ["Related", "Council approves", "Schools to reopen", "Read more", "Port strike"],
    },
    {
      rule: "Title-Case sub-headings between paragraphs",
      text: page(P1, "A Terminal Past Its Prime", P2, "What Residents Say", P3),
      gone: ["Terminal Past", "What Residents"],
    },
    { rule: "a short sentence-case sub-heading between paragraphs", text: page(P1, "What happens next", P2), gone: ["What happens next"] },
    {
      rule: "a bare name line (photo caption) before a quote",
      text: page(P1, "Elena Brandt", "“We had no choice,” she told reporters after the meeting.", P2),
      gone: ["Elena Brandt\n", "Elena Brandt “"],
    },
    {
      rule: "photo credits",
      text: page(P1, "(Photo: Reuters/Jane Doe)", "Photo: A ferry at the old terminal. Credit: Marco Rossi", P2),
      gone: ["Photo", "Credit"],
    },
    {
      rule: "labels after the story",
      text: page(P1, P2, "Tags: ferries, harbour council", "Reporting by Tom Hale; Editing by Ana Ruiz"),
      gone: ["Tags", "Reporting by"],
    },
    {
      rule: "media captions, copyright, reading time, relative times",
      text: page(
        "5 min read\n3 hours ago",
        P1,
        "Image source, Getty Images",
        "Image caption, Ferries at the old terminal in 2019.",
        P2,
        "Copyright 2024 The Harbour Herald. All rights reserved.",
      ),
      gone: ["min read", "ago", "Image", "Copyright"],
    },
    {
      rule: "WordPress share widgets",
      text: page(P1, P2, "Share this:\nClick to share on Twitter (Opens in new window)\nLike this:\nLike Loading..."),
      gone: ["Share", "Like"],
    },
    {
      rule: "a contributor credit after the story",
      text: page(P1, P2, "Associated Press writer Ana Ruiz in Lisbon contributed to this report."),
      gone: ["contributed"],
    },
    {
      rule: "question headlines in a list of other stories",
      text: page(P1, P2, "More on this story", "Who are the RSF?", "Why the port matters"),
      gone: ["More on", "RSF", "port matters"],
    },
    {
      rule: "previous/next article links and site furniture",
      text: page(
        P1,
        P2,
        "Previous article",
        "Ferry fares to rise in autumn",
        "Next article",
        "Harbour master retires",
        "Categories\nArchives\nPowered by WordPress",
      ),
      gone: ["article", "Ferry fares", "Harbour master", "Categories", "WordPress"],
    },
    { rule: "an 'Updated' line", text: page("Updated: March 6, 2024 10:15 AM", P1, P2), gone: ["Updated"] },
  ];

  it.each(cases)("$rule", ({ text, gone }) => {
    const a = parseText("page.txt", text);
    for (const g of gone) expect(a.body).not.toContain(g);
    expect(a.body).toContain(P1);
    expect(a.body).toContain(P2);
    for (const p of paras(a.body)) expect(text).toContain(p.replace(/^“We had.*/, "“We had"));
  });
});

describe("what looks like chrome but is story text is kept", () => {
  const kept: { rule: string; line: string }[] = [
    { rule: "a temperature in a sentence", line: "Temperatures reached 45°C in Seville on Monday, the weather service said." },
    { rule: "a date in a sentence", line: "On March 5, 2024, the court ruled that the terminal could close." },
    { rule: "a word from a label in a sentence", line: "Advertisement revenue at the paper fell by a third last year." },
    { rule: "share in a sentence", line: "Share prices of the ferry operator fell 4 percent on the news." },
    { rule: "subscribe in a sentence", line: "Subscribers to the ferry pass will get a refund, the council said." },
    { rule: "copyright in a sentence", line: "Copyright law was not part of the council's debate, officials said." },
    { rule: "follow in a sentence", line: "Follow-up talks with the unions are planned for next week." },
    { rule: "a one-line paragraph ending in a full stop", line: "The vote was close." },
    { rule: "a Title Case line ending in a full stop", line: "The Harbour Council Has Spoken." },
    { rule: "a quote paragraph without a verb", line: "“We will not give up.”" },
    { rule: "a question", line: "Who will pay for the new bridge?" },
    { rule: "a colon-led line before a quote", line: "The mayor put it plainly:" },
    { rule: "a credit-like sentence inside the story", line: "Ana Ruiz contributed to this report, her editor said, before leaving." },
    { rule: "a line starting with Home", line: "Homeowners near the terminal said they were relieved." },
    { rule: "a name line followed by prose, ending with a full stop", line: "Elena Brandt chairs the council." },
  ];

  it.each(kept)("$rule", ({ line }) => {
    const a = parseText("page.txt", page(P1, line, P2, P3));
    expect(paras(a.body)).toEqual([P1, line, P2, P3]);
  });

  it("hard-wrapped lines that start like bylines or follow lines stay in their paragraph", () => {
    const para = [
      "The talks went on late into the night, and officials said that",
      "By Friday, the army had withdrawn from the town and the road",
      "to the port was open again, while aid workers were told to",
      "Follow the main road on",
      "subscribe to the local paper, and more: the council said that",
      "more: the camps near the border with Niger were full.",
    ];
    const text = page(para.join("\n"), [P1.slice(0, 60), P1.slice(61)].join("\n"), [P2.slice(0, 55), P2.slice(56)].join("\n"));
    const a = parseText("w.txt", text);
    expect(paras(a.body)[0]).toBe(para.join(" "));
    expect(a.byline).toBeNull();
  });

  it("a 'Discussion' sub-heading does not end the story", () => {
    const a = parseText("page.txt", page(P1, "Discussion", P2, P3));
    expect(paras(a.body)).toEqual([P1, P2, P3]);
  });

  it("a list item between paragraphs", () => {
    const a = parseText("page.txt", page(P1, "- Ferries every hour", P2));
    expect(paras(a.body)).toEqual([P1, "- Ferries every hour", P2]);
  });
});

describe("what chrome tells about the article", () => {
  it("a date banner gives pageDate and a page-header publication date", () => {
    const a = parseText("p.txt", page("Tuesday, March 5, 2024", P1));
    expect(a.pageDate).toBe("2024-03-05");
    expect(a.published).toEqual({ value: "2024-03-05", basis: "page-header" });
    expect(a.body).toBe(P1);
  });

  it.each([
    ["5 March 2024", "2024-03-05"],
    ["Mar. 5, 2024", "2024-03-05"],
    ["Tue, 5 Mar 2024", "2024-03-05"],
    ["2024-03-05", "2024-03-05"],
    ["March 5, 2024 10:32 AM EST", "2024-03-05"],
  ])("date banner %j", (banner, iso) => {
    expect(parseText("p.txt", page(banner, P1)).pageDate).toBe(iso);
  });

  it("an impossible date banner is not a date", () => {
    const a = parseText("p.txt", page("February 30, 2024", P1));
    expect(a.pageDate).toBeNull();
  });

  it("a 'Published …' line is a dateline date and wins over the banner", () => {
    const a = parseText("p.txt", page("Monday, March 11, 2024", "Ferry Service Ends", "Published March 8, 2024", P1));
    expect(a.published).toEqual({ value: "2024-03-08", basis: "dateline" });
    expect(a.pageDate).toBe("2024-03-11");
  });

  it("a 'Published …' prefix glued to the first paragraph is a dateline date", () => {
    const a = parseText("p.txt", page(`Published December 8, 2023 ${P1}`, P2));
    expect(a.published).toEqual({ value: "2023-12-08", basis: "dateline" });
    expect(a.body.startsWith(P1)).toBe(true);
  });

  it("'Published' alone on a line with the date on the next", () => {
    const a = parseText("p.txt", page("Ferry Service Ends on the Island", "Published\n8 March 2024", P1, P2));
    expect(a.published).toEqual({ value: "2024-03-08", basis: "dateline" });
    expect(a.pageDate).toBeNull();
    expect(paras(a.body)).toEqual([P1, P2]);
  });

  it("a story dateline gives the date, the agency as source, and leaves the story", () => {
    const a = parseText("p.txt", page("Monday, December 11, 2023", `WASHINGTON, Dec. 8 (Reuters) - ${P1}`, P2));
    expect(a.published).toEqual({ value: "2023-12-08", basis: "dateline" });
    expect(a.source).toBe("Reuters");
    expect(a.body.startsWith(P1)).toBe(true);
  });

  it.each([
    [`BAMAKO, Mali, December 8, 2023 — ${P1}`, { value: "2023-12-08", basis: "dateline" }, null],
    [`NAIROBI (AFP) – ${P1}`, { value: null, basis: "none" }, "AFP"],
  ])("dateline %#", (first, published, source) => {
    const a = parseText("p.txt", page(first, P2));
    expect(a.published).toEqual(published);
    expect(a.source).toBe(source);
    expect(a.body.startsWith(P1)).toBe(true);
  });

  it.each([
    [`PORT HAVEN — ${P1}`, "PORT HAVEN"],
    [`CEDAR FALLS, Iowa — ${P1}`, "CEDAR FALLS, Iowa"],
    [`KALMAR - ${P1}`, "KALMAR"],
  ])("a place in capitals before a dash is a dateline, cut from the story: %s", (first, place) => {
    const a = parseText("p.txt", page(first, P2));
    expect(a.body.startsWith(P1)).toBe(true);
    expect(a.datelinePlace).toBe(place);
  });

  it("a label in capitals before a dash is not a dateline", () => {
    const line = `BREAKING — ${P1}`;
    expect(parseText("p.txt", page(line, P2)).body.startsWith(line)).toBe(true);
  });

  it("an old wire dateline with a date and no dash is cut, and gives the date", () => {
    const a = parseText("p.txt", page("Monday, December 11, 2023", `KALMAR Dec 8 ${P1}`, P2));
    expect(a.body.startsWith(P1)).toBe(true);
    expect(a.published).toEqual({ value: "2023-12-08", basis: "dateline" });
  });

  it("a dateline without a year and no reference date is not a publication date", () => {
    const a = parseText("p.txt", page(`LAGOS, Dec. 8 (AP) - ${P1}`));
    expect(a.published).toEqual({ value: null, basis: "none" });
  });

  it("a sentence with a dash is not a dateline", () => {
    const line = "UN peacekeepers - about 12,000 of them - left the region in 2023, officials said.";
    expect(parseText("p.txt", page(line, P1)).body.startsWith(line)).toBe(true);
  });

  it("a repeated headline is the title, also when glued into a breadcrumb", () => {
    const title = "Island Ferry to Close After Ninety Years";
    const a = parseText("p.txt", page(`Lagos\nHomeNews${title}`, "Local News Today", title, P1, title, P2));
    expect(a.title).toBe(title);
    expect(paras(a.body)).toEqual([P1, P2]);
  });

  it("a 'Trending' list above the headline does not swallow it", () => {
    const title = "Island Ferry to Close After Ninety Years";
    const a = parseText("p.txt", page("Trending", "Floods hit the northern valleys again", title, P1, title, P2));
    expect(a.title).toBe(title);
    expect(paras(a.body)).toEqual([P1, P2]);
  });

  it("without repetition, the first header line of four words or more is the title", () => {
    const a = parseText(
      "p.txt",
      page("Europe", "Business Desk", "Island ferry to close after ninety years", "The council says costs are too high", P1),
    );
    expect(a.title).toBe("Island ferry to close after ninety years");
    expect(a.body).toBe(P1);
  });

  it.each([
    ["a short sentence-case headline alone above the story", ["Council meets"], "Council meets"],
    ["a section name in title case is not a headline", ["World News"], null],
    ["a lone city is not a headline", ["Lagos"], null],
    ["a two-word line among other header lines is not picked", ["Europe", "Council meets"], null],
  ])("%s", (_name, header, title) => {
    const a = parseText("p.txt", page(...header, P1, P2));
    expect(a.title).toBe(title);
  });

  it("a Title-Case headline ending in a question mark is the title, not the first paragraph", () => {
    const a = parseText("p.txt", page("Mali: What Next for the Junta?", P1, P2));
    expect(a.title).toBe("Mali: What Next for the Junta?");
    expect(paras(a.body)).toEqual([P1, P2]);
  });

  it("a question as the story's first paragraph stays", () => {
    const a = parseText("p.txt", page("Who will pay for the new bridge?", P1, P2));
    expect(paras(a.body)).toEqual(["Who will pay for the new bridge?", P1, P2]);
  });

  it("an author box gives the byline and role, and leaves the story", () => {
    const a = parseText(
      "p.txt",
      page(
        P1,
        P2,
        "Jane Okoro\nJane Okoro\nJane is a senior reporter for the Harbour Herald covering ports and shipping. She lives in Hull.",
      ),
    );
    expect(a.byline).toBe("Jane Okoro");
    expect(a.bylineRole).toBe("senior reporter for the Harbour Herald");
    expect(a.source).toBe("Harbour Herald");
    expect(paras(a.body)).toEqual([P1, P2]);
  });

  it("an author box with the full name in the bio", () => {
    const a = parseText(
      "p.txt",
      page(P1, "Tom Hale", "Tom Hale has been working as the Africa correspondent at the Daily Ledger since 2019."),
    );
    expect(a.byline).toBe("Tom Hale");
    expect(a.bylineRole).toBe("Africa correspondent at the Daily Ledger");
    expect(a.source).toBe("Daily Ledger");
    expect(a.body).toBe(P1);
  });

  it("a story sentence about a person is not an author box", () => {
    const a = parseText("p.txt", page(P1, "Elena Brandt", "Elena Brandt is the chair of the council. She said the vote was final."));
    expect(a.byline).toBeNull();
    expect(a.body).toContain("Elena Brandt is the chair of the council.");
  });

  it.each([
    ["By Jane Roe", "Jane Roe", null],
    ["By Jane Roe and John Doe", "Jane Roe and John Doe", null],
    ["By Jane Roe, Reuters", "Jane Roe", "Reuters"],
    ["Written by Kofi Mensah", "Kofi Mensah", null],
  ])("byline line %j", (line, byline, source) => {
    const a = parseText("p.txt", page("Island ferry to close after ninety years", line, P1));
    expect(a.byline).toBe(byline);
    expect(a.source).toBe(source);
    expect(a.body).toBe(P1);
  });

  it.each([
    ["BBC News, Nairobi", "Mohamed Osman", null, "BBC News"],
    ["Africa correspondent", "Mohamed Osman", "Africa correspondent", null],
    ["Senior Reporter at the Daily Ledger", "Mohamed Osman", "Senior Reporter at the Daily Ledger", null],
  ])("a name under the headline with %j is the byline", (suffix, byline, role, source) => {
    const a = parseText("p.txt", page("Sudan war: Army says it retook key bridge", `Mohamed Osman\n${suffix}`, P1));
    expect([a.byline, a.bylineRole, a.source]).toEqual([byline, role, source]);
    expect(a.body).toBe(P1);
  });

  it("a city line above the headline is not a byline, even when the headline ends like an outlet", () => {
    const a = parseText("p.txt", page("New York\nMali Junta Bans Foreign News", P1));
    expect(a.byline).toBeNull();
    expect(a.title).toBe("Mali Junta Bans Foreign News");
  });

  it.each([
    ["By Ana Ruiz - December 8, 2023", "Ana Ruiz", null],
    ["By Ana Ruiz | Dec 8, 2023 10:32 AM", "Ana Ruiz", null],
    ["By Ana Ruiz, Reuters on December 8, 2023", "Ana Ruiz", "Reuters"],
  ])("byline with a date %j: the date is a dateline publication date", (line, byline, source) => {
    const a = parseText("p.txt", page("Monday, December 11, 2023", "Island ferry to close after ninety years", line, P1));
    expect([a.byline, a.source]).toEqual([byline, source]);
    expect(a.published).toEqual({ value: "2023-12-08", basis: "dateline" });
    expect(a.body).toBe(P1);
  });

  it("'Follow X on' names the source; 'Follow us on' does not", () => {
    expect(parseText("p.txt", page(P1, "Follow Harbour Herald on")).source).toBe("Harbour Herald");
    expect(parseText("p.txt", page(P1, "Follow us on Instagram")).source).toBeNull();
  });
});

describe("inline photo captions in one-paragraph text", () => {
  it.each([
    [
      "after a closing guillemet",
      "She called it «a betrayal». Amina Diallo «We will appeal the decision», she added.",
      "She called it «a betrayal». «We will appeal the decision», she added.",
    ],
    [
      "after a full stop, curly quotes",
      "The vote was final. Karl-Heinz Berger “This is a sad day for the island,” he said.",
      "The vote was final. “This is a sad day for the island,” he said.",
    ],
    [
      "a name with a particle",
      "Talks ended. Muhammad al-Amin Musa «No agreement was possible», he said.",
      "Talks ended. «No agreement was possible», he said.",
    ],
  ])("%s", (_name, text, expected) => {
    expect(parseText("p.txt", text).body).toBe(expected);
  });

  it("drops advertising labels glued between two sentences", () => {
    expect(
      parseText("p.txt", "The vote was final. ADVERTISEMENT The council met again. promotional material «We will appeal», she said.").body,
    ).toBe("The vote was final. The council met again. «We will appeal», she said.");
  });

  it.each([
    ["a subject with a verb", "The vote was final. Amina Diallo said «We will appeal», according to her office."],
    ["a sentence starting with The", "It was late. The Prime Minister «will decide», an aide said."],
    ["a name followed by a lower-case quote", "It was late. President Macron «was furious», an aide said."],
    ["a name with a colon", "It was late. Amina Diallo: «We will appeal the decision.»"],
    ["a name in the middle of a sentence", "The letter from Amina Diallo «We will appeal» was read aloud."],
  ])("kept: %s", (_name, text) => {
    expect(parseText("p.txt", text).body).toBe(text);
  });
});

describe("a whole crafted page in a news-site template (not a seed)", () => {
  const title = "Harbour Council Votes to Close Island Ferry Terminal";
  const text = [
    "-1.5 C\nOslo\nWednesday, January 10, 2024\nHomeEurope" + title,
    title,
    "Island Council Closes Terminal After Ninety Years of Service",
    "",
    P1,
    "Costs Too High",
    "Sponsored",
    `“We had no choice,” council chair Elena Brandt said. ${P2}`,
    "Ingrid Solberg",
    "“The island deserves better than this,” said Ingrid Solberg, who runs the harbour café.",
    P3,
    "Follow Nordic Daily Post on",
    "Lars Eide\nLars Eide\nLars is working as the Editor at Nordic Daily Post. He tries to bring our readers the news first.",
    "Leave a Reply",
    "Must Read",
    "Ferry Fares to Rise in Autumn",
  ].join("\n\n");
  const a = parseText("template.txt", text);

  it("derives everything the chrome says", () => {
    expect(a).toMatchObject({
      title,
      byline: "Lars Eide",
      bylineRole: "Editor at Nordic Daily Post",
      source: "Nordic Daily Post",
      pageDate: "2024-01-10",
      published: { value: "2024-01-10", basis: "page-header" },
    });
  });

  it("keeps exactly the story", () => {
    expect(paras(a.body)).toEqual([
      P1,
      `“We had no choice,” council chair Elena Brandt said. ${P2}`,
      "“The island deserves better than this,” said Ingrid Solberg, who runs the harbour café.",
      P3,
    ]);
  });
});
