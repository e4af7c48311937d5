// Countries with their demonyms, capitals and other names: a broad general lexicon, not tuned to any article.
// Row format: "Name|demonym,demonym plural…|Capital,capital…|other name,other name|flags" (flag `k`: a
// monarchy, which the text may call "the Kingdom").

const ROWS = `
Afghanistan|Afghan,Afghans|Kabul||
Albania|Albanian,Albanians|Tirana||
Algeria|Algerian,Algerians|Algiers||
Angola|Angolan,Angolans|Luanda||
Argentina|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires||
Armenia|Armenian,Armenians|Yerevan||
Australia|Australian,Australians|Canberra||
Austria|Austrian,Austrians|Vienna||
Azerbaijan|Azerbaijani,Azerbaijanis|Baku||
Bahrain|Bahraini,Bahrainis|Manama||k
Bangladesh|Bangladeshi,Bangladeshis|Dhaka||
Belarus|Belarusian,Belarusians|Minsk||
Belgium|Belgian,Belgians|Brussels||k
Benin|Beninese|Porto-Novo,Cotonou||
Bhutan|Bhutanese|Thimphu||k
Bolivia|Bolivian,Bolivians|La Paz,Sucre||
Bosnia and Herzegovina|Bosnian,Bosnians|Sarajevo|Bosnia|
Botswana|Botswanan,Batswana|Gaborone||
Brazil|Brazilian,Brazilians|Brasilia,Brasília||
Bulgaria|Bulgarian,Bulgarians|Sofia||
Burkina Faso|Burkinabe,Burkinabè|Ouagadougou||
Burundi|Burundian,Burundians|Gitega,Bujumbura||
Cambodia|Cambodian,Cambodians|Phnom Penh||k
Cameroon|Cameroonian,Cameroonians|Yaoundé,Yaounde||
Canada|Canadian,Canadians|Ottawa||
Cape Verde|Cape Verdean,Cape Verdeans|Praia|Cabo Verde|
Central African Republic|Central African,Central Africans|Bangui|CAR|
Chad|Chadian,Chadians|N'Djamena,Ndjamena||
Chile|Chilean,Chileans|Santiago||
China|Chinese|Beijing|People's Republic of China,PRC|
Colombia|Colombian,Colombians|Bogotá,Bogota||
Comoros|Comorian,Comorians|Moroni||
Democratic Republic of the Congo|Congolese|Kinshasa|DR Congo,DRC,Congo-Kinshasa|
Republic of the Congo||Brazzaville|Congo-Brazzaville|
Costa Rica|Costa Rican,Costa Ricans|San José,San Jose||
Croatia|Croatian,Croatians,Croat,Croats|Zagreb||
Cuba|Cuban,Cubans|Havana||
Cyprus|Cypriot,Cypriots|Nicosia||
Czech Republic|Czech,Czechs|Prague|Czechia|
Denmark|Danish,Danes|Copenhagen||k
Djibouti|Djiboutian,Djiboutians|||
Dominican Republic|Dominican,Dominicans|Santo Domingo||
Ecuador|Ecuadorian,Ecuadorians|Quito||
Egypt|Egyptian,Egyptians|Cairo||
El Salvador|Salvadoran,Salvadorans|San Salvador||
Equatorial Guinea|Equatoguinean,Equatorial Guinean|Malabo||
Eritrea|Eritrean,Eritreans|Asmara||
Estonia|Estonian,Estonians|Tallinn||
Eswatini|Swazi,Swazis|Mbabane|Swaziland|k
Ethiopia|Ethiopian,Ethiopians|Addis Ababa||
Finland|Finnish,Finns|Helsinki||
France|French|Paris||
Gabon|Gabonese|Libreville||
Gambia|Gambian,Gambians|Banjul|The Gambia|
Georgia|Georgian,Georgians|Tbilisi||
Germany|German,Germans|Berlin||
Ghana|Ghanaian,Ghanaians|Accra||
Greece|Greek,Greeks|Athens||
Guatemala|Guatemalan,Guatemalans|Guatemala City||
Guinea|Guinean,Guineans|Conakry||
Guinea-Bissau|Bissau-Guinean|Bissau||
Haiti|Haitian,Haitians|Port-au-Prince||
Honduras|Honduran,Hondurans|Tegucigalpa||
Hungary|Hungarian,Hungarians|Budapest||
Iceland|Icelandic,Icelanders|Reykjavik||
India|Indian,Indians|New Delhi||
Indonesia|Indonesian,Indonesians|Jakarta||
Iran|Iranian,Iranians|Tehran||
Iraq|Iraqi,Iraqis|Baghdad||
Ireland|Irish|Dublin||
Israel|Israeli,Israelis|Jerusalem,Tel Aviv||
Italy|Italian,Italians|Rome||
Ivory Coast|Ivorian,Ivorians|Yamoussoukro,Abidjan|Côte d'Ivoire,Cote d'Ivoire|
Jamaica|Jamaican,Jamaicans|Kingston||
Japan|Japanese|Tokyo||
Jordan|Jordanian,Jordanians|Amman||k
Kazakhstan|Kazakh,Kazakhs|Astana||
Kenya|Kenyan,Kenyans|Nairobi||
Kosovo|Kosovar,Kosovars|Pristina||
Kuwait|Kuwaiti,Kuwaitis|Kuwait City||k
Kyrgyzstan|Kyrgyz|Bishkek||
Laos|Lao,Laotian,Laotians|Vientiane||
Latvia|Latvian,Latvians|Riga||
Lebanon|Lebanese|Beirut||
Lesotho|Basotho|Maseru||k
Liberia|Liberian,Liberians|Monrovia||
Libya|Libyan,Libyans|Tripoli||
Lithuania|Lithuanian,Lithuanians|Vilnius||
Luxembourg|Luxembourgish,Luxembourger|Luxembourg City||
Madagascar|Malagasy|Antananarivo||
Malawi|Malawian,Malawians|Lilongwe||
Malaysia|Malaysian,Malaysians|Kuala Lumpur||k
Mali|Malian,Malians|Bamako||
Malta|Maltese|Valletta||
Mauritania|Mauritanian,Mauritanians|Nouakchott||
Mauritius|Mauritian,Mauritians|Port Louis||
Mexico|Mexican,Mexicans|Mexico City||
Moldova|Moldovan,Moldovans|Chisinau,Chișinău||
Mongolia|Mongolian,Mongolians|Ulaanbaatar||
Montenegro|Montenegrin,Montenegrins|Podgorica||
Morocco|Moroccan,Moroccans|Rabat||k
Mozambique|Mozambican,Mozambicans|Maputo||
Myanmar|Burmese|Naypyidaw,Naypyitaw|Burma|
Namibia|Namibian,Namibians|Windhoek||
Nepal|Nepali,Nepalese|Kathmandu||
Netherlands|Dutch|Amsterdam,The Hague|Holland|k
New Zealand|New Zealander,New Zealanders|Wellington||
Nicaragua|Nicaraguan,Nicaraguans|Managua||
Niger|Nigerien,Nigeriens|Niamey||
Nigeria|Nigerian,Nigerians|Abuja||
North Korea|North Korean,North Koreans|Pyongyang|DPRK|
North Macedonia|Macedonian,Macedonians|Skopje|Macedonia|
Norway|Norwegian,Norwegians|Oslo||k
Oman|Omani,Omanis|Muscat||k
Pakistan|Pakistani,Pakistanis|Islamabad||
Palestine|Palestinian,Palestinians|Ramallah|Palestinian territories|
Panama|Panamanian,Panamanians|Panama City||
Papua New Guinea|Papua New Guinean|Port Moresby||
Paraguay|Paraguayan,Paraguayans|Asunción,Asuncion||
Peru|Peruvian,Peruvians|Lima||
Philippines|Filipino,Filipinos,Philippine|Manila||
Poland|Polish,Poles|Warsaw||
Portugal|Portuguese|Lisbon||
Qatar|Qatari,Qataris|Doha||
Romania|Romanian,Romanians|Bucharest||
Russia|Russian,Russians|Moscow|Russian Federation|
Rwanda|Rwandan,Rwandans|Kigali||
Saudi Arabia|Saudi,Saudis|Riyadh|Saudi|k
Senegal|Senegalese|Dakar||
Serbia|Serbian,Serbians,Serb,Serbs|Belgrade||
Sierra Leone|Sierra Leonean,Sierra Leoneans|Freetown||
Singapore|Singaporean,Singaporeans|||
Slovakia|Slovak,Slovaks|Bratislava||
Slovenia|Slovenian,Slovenians,Slovene|Ljubljana||
Somalia|Somali,Somalis|Mogadishu||
South Africa|South African,South Africans|Pretoria,Cape Town||
South Korea|South Korean,South Koreans|Seoul||
South Sudan|South Sudanese|Juba||
Spain|Spanish,Spaniards|Madrid||k
Sri Lanka|Sri Lankan,Sri Lankans|Colombo||
Sudan|Sudanese|Khartoum||
Sweden|Swedish,Swedes|Stockholm||k
Switzerland|Swiss|Bern,Berne||
Syria|Syrian,Syrians|Damascus||
Taiwan|Taiwanese|Taipei||
Tajikistan|Tajik,Tajiks|Dushanbe||
Tanzania|Tanzanian,Tanzanians|Dodoma||
Thailand|Thai|Bangkok||k
Togo|Togolese|Lomé,Lome||
Tunisia|Tunisian,Tunisians|Tunis||
Turkey|Turkish,Turks|Ankara|Türkiye,Turkiye|
Turkmenistan|Turkmen|Ashgabat||
Uganda|Ugandan,Ugandans|Kampala||
Ukraine|Ukrainian,Ukrainians|Kyiv,Kiev||
United Arab Emirates|Emirati,Emiratis|Abu Dhabi|UAE|
United Kingdom|British,Britons|London|UK,U.K.,Britain,Great Britain|k
United States|American,Americans|Washington|US,U.S.,USA,U.S.A.,America,United States of America|
Uruguay|Uruguayan,Uruguayans|Montevideo||
Uzbekistan|Uzbek,Uzbeks|Tashkent||
Venezuela|Venezuelan,Venezuelans|Caracas||
Vietnam|Vietnamese|Hanoi|Viet Nam|
Western Sahara|Sahrawi,Sahrawis|Laayoune||
Yemen|Yemeni,Yemenis|Sanaa,Sana'a||
Zambia|Zambian,Zambians|Lusaka||
Zimbabwe|Zimbabwean,Zimbabweans|Harare||
`;

export interface Country {
  name: string;
  /** Adjective first ("Malian"), then plural and other forms. */
  demonyms: string[];
  capitals: string[];
  otherNames: string[];
  monarchy: boolean;
}

export const COUNTRIES: Country[] = ROWS.trim()
  .split("\n")
  .map((row) => {
    const [name = "", dem = "", cap = "", other = "", flags = ""] = row.split("|");
    const list = (s: string) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
    return { name, demonyms: list(dem), capitals: list(cap), otherNames: list(other), monarchy: flags.includes("k") };
  });

const lc = (s: string) => s.toLowerCase();

/** Country by name or other name ("US", "Britain"), lower-cased. */
export const COUNTRY_BY_NAME = new Map<string, Country>();
/** Country by demonym ("malian", "algerians"), lower-cased. */
export const COUNTRY_BY_DEMONYM = new Map<string, Country>();
/** Country by capital ("bamako"), lower-cased. */
export const COUNTRY_BY_CAPITAL = new Map<string, Country>();
for (const c of COUNTRIES) {
  COUNTRY_BY_NAME.set(lc(c.name), c);
  for (const o of c.otherNames) COUNTRY_BY_NAME.set(lc(o), c);
  for (const d of c.demonyms) if (!COUNTRY_BY_DEMONYM.has(lc(d))) COUNTRY_BY_DEMONYM.set(lc(d), c);
  for (const k of c.capitals) COUNTRY_BY_CAPITAL.set(lc(k), c);
}

/** The adjective form of a country ("Malian"), or the country name when it has none. */
export function adjectiveOf(c: Country): string {
  return c.demonyms[0] ?? c.name;
}

/** Whether a demonym form names the people ("Algerians", "Malians") rather than being only an adjective. */
export function isPluralDemonym(word: string): boolean {
  const c = COUNTRY_BY_DEMONYM.get(lc(word));
  if (!c) return false;
  const i = c.demonyms.findIndex((d) => lc(d) === lc(word));
  return i > 0 || /s$/i.test(word);
}

/** Longest number of words of any country name, other name or capital (for longest-match scans). */
export const MAX_COUNTRY_WORDS = 6;
