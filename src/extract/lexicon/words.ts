// General word lists the actor finder uses: titles, organisation head nouns, media, ethnic groups, regions,
// words that are capitalised without naming anyone. Broad and general; nothing here is tuned to one article.

const set = (s: string) =>
  new Set(
    s
      .trim()
      .split(/\s*\n\s*|\s*,\s*/)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );

/** Titles written before a name ("President Emmanuel Macron", "spokesman Muhammad …"), singular and plural.
 * Multi-word titles are matched first. */
export const TITLES = set(`
president, presidents, vice president, vice-president, prime minister, prime ministers, minister, ministers,
foreign minister, defence minister, defense minister, interior minister, finance minister, deputy minister,
chairman, chairwoman, chairperson, chair, secretary-general, secretary general, secretary, general, gen, colonel, col,
lieutenant, captain, major, commander, admiral, sergeant, marshal, field marshal, brigadier, king, queen, prince, princess,
emir, sheikh, sultan, pope, ambassador, ambassadors, envoy, special envoy, consul, governor, senator, senators,
congressman, congresswoman, representative, mayor, judge, justice, chief justice, prosecutor, attorney general,
director, director-general, director general, chief executive, ceo, executive director, head, leader, chief,
spokesman, spokeswoman, spokesperson, spokespeople, lawmaker, deputy, mp, speaker, chancellor, premier,
co-leader, deputy leader, party leader, co-chair, vice-chair, vice chairman, deputy director, deputy head,
opposition leader, opposition lawmaker, imam, bishop, archbishop, cardinal, rabbi, professor, prof, dr, mr, mrs, ms,
editor, correspondent, reporter, analyst, researcher, coordinator, field coordinator, founder, co-founder, activist,
dean, rector, superintendent, inspector, officer, official, officials,
councilman, councilwoman, councilmember, council member, councillor, councilor, alderman, alderwoman, sheriff,
commissioner, assemblyman, assemblywoman, assembly member, state senator, treasurer, comptroller, magistrate,
gov, sen, rep, lt, sgt, capt, maj, adm, amb
`);

/** Titles that make the holder the head of a state or government ("President" → "President of Mauritania"). */
export const HEAD_OF_STATE_TITLES = set(`president, prime minister, king, queen, emir, sultan, premier, chancellor`);

/** Titles that are only courtesy forms: not roles. */
export const COURTESY = set(`mr, mrs, ms, dr, prof`);

/** Head nouns that make a capitalised name an organisation (kind decided by ORG_KIND below). */
export const ORG_HEADS = set(`
assembly, union, movement, coordination, co-ordination, council, ministry, party, front, army, forces, force, group,
organization, organisation, agency, authority, federation, society, committee, commission, association, alliance,
bank, fund, programme, program, institute, institution, university, court, parliament, league, congress,
corporation, company, foundation, network, brigade, brigades, militia, militias, service, services, office,
department, chamber, bureau, observatory, watch, centre, center, coalition, confederation, syndicate, trust,
government, administration, cabinet, senate, police, guard, navy, gendarmerie, directorate, secretariat, embassy,
consulate, mission, taskforce, task force, council, tribunal, caucus, cooperative, co-operative, club, church,
order, academy, school, college, hospital, clinic, airlines, airways, railways, group, holdings, inc, ltd, llc, plc,
corp, co, partners, industries, enterprises, systems, technologies, labs, ngo, initiative, project, platform,
federation, convention, board, unit, battalion, regiment, division, corps, legion, command, junta, regime, nations,
international, crescent, community, framework
`);

/** Organisations and institutions known by a name that has no head noun. Value: kind. */
export const KNOWN_ORGS = new Map<string, "organization" | "armed-group" | "government" | "media">(
  (
    [
      // acronyms are left out: a bare acronym first looks for its expansion in the article
      ["United Nations", "organization"],
      ["European Union", "organization"],
      ["African Union", "organization"],
      ["Red Cross", "organization"],
      ["Red Crescent", "organization"],
      ["Doctors Without Borders", "organization"],
      ["Médecins Sans Frontières", "organization"],
      ["Medecins Sans Frontieres", "organization"],
      ["Amnesty International", "organization"],
      ["Human Rights Watch", "organization"],
      ["Oxfam", "organization"],
      ["World Bank", "organization"],
      ["Federal Reserve", "organization"],
      ["Interpol", "organization"],
      ["Europol", "organization"],
      ["Frontex", "organization"],
      ["Greenpeace", "organization"],
      ["Pentagon", "government"],
      ["Congress", "government"],
      ["Knesset", "government"],
      ["Bundestag", "government"],
      ["Duma", "government"],
      ["State Department", "government"],
      ["Politburo", "government"],
    ] as const
  ).map(([k, v]) => [k.toLowerCase(), v]),
);

/** Adjectives that open institution names, not people's names ("Federal Reserve", "National Guard"). */
export const INSTITUTION_ADJECTIVES = set(`
federal, national, central, supreme, royal, international, united, european, african, asian, arab, islamic,
democratic, republican, popular, revolutionary, liberation, people's, peoples, constitutional, presidential,
provisional, transitional, interim, joint, special, general, civil, military, global, world, regional, state
`);

/** Seats of power that stand for a country's government ("the Kremlin" → Russia). */
export const SEATS_OF_POWER = new Map<string, string>([
  ["kremlin", "Russia"],
  ["white house", "United States"],
  ["elysee", "France"],
  ["élysée", "France"],
  ["downing street", "United Kingdom"],
  ["zhongnanhai", "China"],
]);

/** Words after "Secretary of", "Minister of" that belong to the title ("Secretary of State Antony Blinken"). */
export const PORTFOLIOS = set(`
state, defense, defence, staff, foreign affairs, interior, health, finance, justice, education,
agriculture, energy, commerce, trade, labour, labor, transport, information, homeland security,
treasury, economy, environment, home affairs, foreign, public security, national defense, national defence
`);

/** Head nouns of media names ("World Weekly News", "Daily Courier"). */
export const MEDIA_HEADS = set(`
news, times, post, daily, courier, ledger, journal, gazette, herald, tribune, radio, tv, television, press, telegraph,
chronicle, observer, guardian, monitor, review, magazine, weekly, broadcasting, broadcaster, channel, wire, express,
mirror, independent, standard, nation, sun, star, examiner, inquirer, dispatch, bulletin, report, today, online
`);

/** Media and platforms known by a single name. */
export const MEDIA_NAMES = set(`
facebook, twitter, x, youtube, telegram, instagram, tiktok, whatsapp, linkedin, reddit, snapchat, threads, bluesky,
mastodon, weibo, wechat, reuters, afp, ap, associated press, agence france-presse, bbc, cnn, al jazeera, aljazeera,
bloomberg, france 24, rfi, dw, deutsche welle, euronews, sky news, fox news, nbc, cbs, abc, npr, pbs, msnbc,
new york times, washington post, wall street journal, financial times, the guardian, le monde, le figaro, libération,
liberation, el país, el pais, der spiegel, spiegel, politico, axios, vice, buzzfeed, huffpost, al arabiya, tass, ria novosti,
sputnik, rt, xinhua, anadolu, anadolu agency, efe, ansa, dpa, kyodo, yonhap, apa, map, aps, bloomberg news
`);

/** Ethnic groups and peoples, with spelling variants mapped to one canonical name. Adjective forms included. */
const ETHNIC_ROWS = `
Tuareg: Tuareg, Touareg, Tuaregs, Touaregs, Twareg, Kel Tamasheq
Moors: Moors, Moorish, Moor
Amazigh: Amazigh, Imazighen, Berber, Berbers
Arabs: Arab, Arabs
Kurds: Kurd, Kurds, Kurdish
Fulani: Fulani, Peul, Peuls, Fula, Fulbe
Hausa: Hausa
Yoruba: Yoruba
Igbo: Igbo, Ibo
Songhai: Songhai, Songhay
Bambara: Bambara
Dogon: Dogon
Toubou: Toubou, Tubu
Tutsi: Tutsi, Tutsis
Hutu: Hutu, Hutus
Rohingya: Rohingya
Uyghurs: Uyghur, Uyghurs, Uighur, Uighurs
Pashtuns: Pashtun, Pashtuns
Hazaras: Hazara, Hazaras
Tajiks (ethnic): Tajik
Baloch: Baloch, Baluch, Balochi
Yazidis: Yazidi, Yazidis, Ezidi
Druze: Druze
Alawites: Alawite, Alawites
Bedouin: Bedouin, Bedouins
Tamils: Tamil, Tamils
Sinhalese: Sinhalese
Zulu: Zulu, Zulus
Xhosa: Xhosa
Maasai: Maasai, Masai
Kikuyu: Kikuyu
Luo: Luo
Oromo: Oromo
Amhara: Amhara
Tigrayans: Tigrayan, Tigrayans
Afar: Afar
Dinka: Dinka
Nuer: Nuer
Masalit: Masalit
Zaghawa: Zaghawa
Fur: Fur
Roma: Roma, Romani
Sami: Sami, Saami
Inuit: Inuit
Maori: Maori, Māori
Aboriginal Australians: Aboriginal
Chechens: Chechen, Chechens
Circassians: Circassian, Circassians
Assyrians: Assyrian, Assyrians
Copts: Copt, Copts, Coptic
Karen: Karen
Kachin: Kachin
Shan: Shan
Hmong: Hmong
Mapuche: Mapuche
Quechua: Quechua
Aymara: Aymara
Sahrawis (people): Saharawi
`;

export interface EthnicGroup {
  name: string;
  forms: string[];
}

export const ETHNIC_GROUPS: EthnicGroup[] = ETHNIC_ROWS.trim()
  .split("\n")
  .map((row) => {
    const [name = "", forms = ""] = row.split(":");
    return {
      name: name.replace(/\s*\(.*\)$/, "").trim(),
      forms: forms
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean),
    };
  });

export const ETHNIC_BY_FORM = new Map<string, EthnicGroup>();
for (const g of ETHNIC_GROUPS) for (const f of g.forms) ETHNIC_BY_FORM.set(f.toLowerCase(), g);

/** Nouns that, after an ethnic word, name the people ("Tuareg community", "Moorish refugees"). */
export const PEOPLE_NOUNS = set(`
population, populations, people, peoples, community, communities, refugees, civilians, minority, minorities, tribes,
tribe, clans, clan, villagers, families, residents, fighters, groups, leaders, elders, women, men, children, youth,
herders, farmers, migrants, nomads, majority, diaspora
`);

/** Nouns after an ethnic word that name an armed movement rather than the people ("Tuareg separatists"). */
export const MILITANT_NOUNS = set(`separatists, separatist, rebels, rebel, insurgents, militants, jihadists, independentists`);

/** Regions and geographic areas known by name. */
export const REGIONS = set(`
Sahel, Sahara, Maghreb, Middle East, Horn of Africa, West Africa, East Africa, North Africa, Central Africa,
Southern Africa, Sub-Saharan Africa, Balkans, Caucasus, Gaza, Gaza Strip, West Bank, Golan Heights, Sinai, Donbas,
Donbass, Crimea, Kashmir, Darfur, Kurdistan, Tigray, Kordofan, Cabo Delgado, Liptako-Gourma, Lake Chad, Great Lakes,
Latin America, South America, North America, Central America, Caribbean, Europe, Asia, Africa, Oceania, Arctic,
Antarctica, Scandinavia, Baltic, Levant, Gulf, Persian Gulf, Red Sea, Mediterranean, Black Sea, Indian Ocean,
Pacific, Atlantic, South China Sea, Central Asia, Southeast Asia, South Asia, East Asia, Eastern Europe, Western Europe,
Siberia, Patagonia, Amazon, Himalayas, Punjab, Bengal, Xinjiang, Tibet, Hong Kong, Kivu, North Kivu, South Kivu, Ituri
`);

/** Lower-case nouns after a demonym that name a state body ("the Malian army", "Algerian intelligence services").
 * Value: the kind, and the canonical head for the name. */
export const INSTITUTION_NOUNS: [string, "armed-group" | "government"][] = [
  ["armed forces", "armed-group"],
  ["military forces", "armed-group"],
  ["security forces", "armed-group"],
  ["military", "armed-group"],
  ["army", "armed-group"],
  ["troops", "armed-group"],
  ["soldiers", "armed-group"],
  ["navy", "armed-group"],
  ["air force", "armed-group"],
  ["intelligence services", "government"],
  ["intelligence service", "government"],
  ["intelligence", "government"],
  ["police", "government"],
  ["government", "government"],
  ["authorities", "government"],
  ["state", "government"],
  ["junta", "government"],
  ["regime", "government"],
  // a military government by its usual names ("Mali's military rulers"): before "military", the army
  ["military rulers", "government"],
  ["military leaders", "government"],
  ["military government", "government"],
  ["military regime", "government"],
  ["military junta", "government"],
  ["foreign ministry", "government"],
  ["ministry of foreign affairs", "government"],
  ["defence ministry", "government"],
  ["defense ministry", "government"],
  ["interior ministry", "government"],
  ["parliament", "government"],
  ["presidency", "government"],
  ["embassy", "government"],
  // State bodies named after their country ("Turkey's central bank", "Lebanon's civil defence").
  ["central bank", "government"],
  ["civil defence", "government"],
  ["civil defense", "government"],
  ["coast guard", "government"],
  ["national guard", "government"],
  ["health ministry", "government"],
  ["finance ministry", "government"],
  ["justice ministry", "government"],
];

/** Nouns whose phrase names the army of a country ("the army", "the Malian army", "Mali army"). */
export const ARMY_NOUNS = set(`army, armed forces, military, military forces, troops, soldiers`);

/** Descriptors meaning a country's ruling government ("the regime", "the junta"). */
export const GOVERNMENT_DESCRIPTORS = set(`
government, regime, junta, authorities, military council, ruling military council, military government,
ruling junta, transitional government, transitional authorities, state, administration, military regime, ruling council,
military rulers, military leaders, military junta
`);

/** Lower-case words that describe an armed group ("the Russian armed group Wagner"). */
export const ARMED_GROUP_CUES = set(`
armed group, mercenary group, mercenaries, mercenary, militia, militias, paramilitary group, paramilitary, rebel group,
rebels, jihadist group, jihadists, terrorist group, insurgent group, insurgents, private military company, armed movement,
separatist group, separatists, fighters
`);

/** Armed groups known by name. */
export const ARMED_GROUPS = set(`
Wagner, Africa Corps, Hamas, Hezbollah, Taliban, Islamic State, ISIS, ISIL, Daesh, al-Qaeda, Al-Qaeda, Boko Haram,
al-Shabaab, Al-Shabaab, JNIM, ISWAP, Houthis, Ansar Allah, Rapid Support Forces, RSF, M23, Azov, PKK, YPG, FARC, ELN,
Ansar Dine, AQIM
`);

/** Words that start a sentence capitalised without being a name. */
export const NOT_NAMES = set(`
the, a, an, in, on, at, for, but, and, or, nor, so, yet, before, after, his, her, their, our, my, your, its, this,
that, these, those, it, he, she, they, we, i, you, when, while, as, if, since, with, from, by, to, of, according,
however, meanwhile, also, although, though, because, during, despite, until, unless, whether, where, which, who,
whom, whose, what, why, how, there, here, then, now, today, yesterday, tomorrow, last, next, earlier, later, some,
many, most, several, few, all, both, each, every, no, not, other, others, another, such, one, two, three, four,
five, six, seven, eight, nine, ten, first, second, third, former, new, old, current, local, senior, top, recent,
following, amid, among, about, above, below, over, under, between, against, without, within, into, onto, upon,
through, throughout, around, across, near, toward, towards, instead, still, even, just, only, once, again, already,
more, less, much, very, well, thus, therefore, hence, indeed, moreover, furthermore, nevertheless, nonetheless,
otherwise, elsewhere, overall, finally, eventually, previously, currently, recently, officials, sources, witnesses,
residents, staff, experts, analysts, critics, observers, police, people, mr, mrs, ms, dr, read, see, watch, photo, video,
image, credit, update, updated, breaking, exclusive, editor, note, related, more, like, share, follow, subscribe,
tags, home, world, news, opinion, sport, sports, business, politics, culture, call, response, relations,
deterioration, presence, representatives, leave, must, reply, yes, no, oh, please, thanks, thank, let, may, might,
protesters, protestors, activists, diplomats, rebels, authorities, organizers, organisers, villagers, survivors,
investigators, prosecutors, lawyers, medics, families, students, workers, officers, soldiers, locals, neighbours,
neighbors, doctors, nurses, teachers, farmers, voters, lawmakers, ministers, leaders, citizens, supporters, opponents,
researchers, scientists, economists, traders, investors, militants, fighters, troops, refugees, migrants, demonstrators,
parents, relatives, victims, hostages, journalists, reporters, users, customers, residents, community, members,
participants, delegates, negotiators, mediators, observers, monitors, inspectors, rescuers, firefighters, paramedics,
will, would, could, should, can, shall, did, do, does, is, are, was, were, be, been, being, has, have, had
`);

export const WEEKDAYS = set(`monday, tuesday, wednesday, thursday, friday, saturday, sunday`);
export const MONTHS = set(
  `january, february, march, april, may, june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec`,
);

/** Capitalised words of religion, holidays etc. that are not actors. */
export const NON_ACTOR_PROPER = set(`
god, allah, christmas, easter, ramadan, eid, eid al-fitr, eid al-adha, hanukkah, diwali, islam, christianity, judaism,
internet, covid, covid-19, coronavirus, english, french, arabic, spanish, tamasheq, tamazight, celsius, fahrenheit,
catholic, muslim, muslims, christian, christians, jewish, jews, sunni, shia, shiite
`);

/** Last words of the names of agreements, laws and plans ("the Tarrow Accord", "the Patriot Act"): a document,
 * never an actor. */
export const DOCUMENT_NAME_HEADS = set(`
accord, accords, agreement, treaty, pact, act, protocol, charter, declaration, constitution, bill, memorandum
`);

/** All-capital words that are not actors. */
export const GENERIC_ACRONYMS = set(`
NGO, NGOs, CEO, CFO, COO, GDP, HIV, AIDS, COVID, TV, PM, AM, USD, EUR, ID, IT, AI, OK, PR, HQ, VIP, DNA, FAQ, PDF, URL,
SMS, GPS, UAV, UAVs, RPG, AK, IED, IEDs, CCTV, LGBT, LGBTQ, MP, MPs, BC, AD, CET, GMT, UTC, EST, PST, KM, KG, MW, GW,
USB, API, FM, OPINION, UPDATE, BREAKING, NEWS, VIDEO, PHOTO, WATCH, READ, I, II, III, IV, V, VI
`);

/** Lower-case nouns for places ("the city of Bir", "the Timbuktu region"). */
export const PLACE_NOUNS = set(`
region, province, district, state, county, city, town, village, municipality, governorate, prefecture, department,
commune, area, zone, valley, island, islands, peninsula, desert, border, capital, port, camp, neighbourhood,
neighborhood, oblast, territory, canton, river, lake, mountains, coast
`);

/** Lower-case head nouns that can refer back to an organisation ("the coordination", "the NGO", "the group"). */
export const ORG_DESCRIPTORS = set(`
coordination, co-ordination, ngo, group, organisation, organization, movement, alliance, coalition, association,
union, federation, party, agency, assembly, council, committee, commission, authority, society, network, league,
front, company, firm, body, bloc, militia, charity, foundation
`);
