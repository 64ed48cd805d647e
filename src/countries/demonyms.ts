/**
 * Capitals and demonyms of states, so that text can name a country as "Kenyan", "Nairobi" or
 * "Beijing" (a capital standing for its government). Transcribed from mledoze/countries
 * (github.com/mledoze/countries, dist/countries.csv at commit 02696f0c, fields cca3, capital and
 * demonym; ODbL 1.0), states only (no dependent territories). `additions` below are ours, each
 * with its reason. Ambiguous demonyms ("Congolese", "Dominican") are left out on purpose: text
 * saying "Congolese" does not say which Congo.
 */
const table = `AFG|Kabul|Afghan
ALB|Tirana|Albanian
DZA|Algiers|Algerian
AND|Andorra la Vella|Andorran
AGO|Luanda|Angolan
ATG|Saint John's|Antiguan
ARG|Buenos Aires|Argentine
ARM|Yerevan|Armenian
AUS|Canberra|Australian
AUT|Vienna|Austrian
AZE|Baku|Azerbaijani
BHS|Nassau|Bahamian
BHR|Manama|Bahraini
BGD|Dhaka|Bangladeshi
BRB|Bridgetown|Barbadian
BLR|Minsk|Belarusian
BEL|Brussels|Belgian
BLZ|Belmopan|Belizean
BEN|Porto-Novo|Beninese
BTN|Thimphu|Bhutanese
BOL|Sucre|Bolivian
BIH|Sarajevo|Bosnian
BWA|Gaborone|Motswana
BRA|Brasília|Brazilian
BRN|Bandar Seri Begawan|Bruneian
BGR|Sofia|Bulgarian
BFA|Ouagadougou|Burkinabe
BDI|Bujumbura|Burundian
CPV|Praia|Cape Verdian
KHM|Phnom Penh|Cambodian
CMR|Yaoundé|Cameroonian
CAN|Ottawa|Canadian
CAF|Bangui|Central African
TCD|N'Djamena|Chadian
CHL|Santiago|Chilean
CHN|Beijing|Chinese
COL|Bogotá|Colombian
COM|Moroni|Comoran
COD|Kinshasa|
COG|Brazzaville|
CRI|San José|Costa Rican
CIV|Yamoussoukro|Ivorian
HRV|Zagreb|Croatian
CUB|Havana|Cuban
CYP|Nicosia|Cypriot
CZE|Prague|Czech
DNK|Copenhagen|Danish
DJI|Djibouti|
DMA|Roseau|
DOM|Santo Domingo|
ECU|Quito|Ecuadorean
EGY|Cairo|Egyptian
SLV|San Salvador|Salvadoran
GNQ|Malabo|Equatorial Guinean
ERI|Asmara|Eritrean
EST|Tallinn|Estonian
SWZ|Lobamba|Swazi
ETH|Addis Ababa|Ethiopian
FJI|Suva|Fijian
FIN|Helsinki|Finnish
FRA|Paris|French
GAB|Libreville|Gabonese
GMB|Banjul|Gambian
GEO|Tbilisi|Georgian
DEU|Berlin|German
GHA|Accra|Ghanaian
GRC|Athens|Greek
GRD|St. George's|Grenadian
GTM|Guatemala City|Guatemalan
GIN|Conakry|Guinean
GNB|Bissau|Guinea-Bissauan
GUY|Georgetown|Guyanese
HTI|Port-au-Prince|Haitian
HND|Tegucigalpa|Honduran
HUN|Budapest|Hungarian
ISL|Reykjavik|Icelander
IND|New Delhi|Indian
IDN|Jakarta|Indonesian
IRN|Tehran|Iranian
IRQ|Baghdad|Iraqi
IRL|Dublin|Irish
ISR|Jerusalem|Israeli
ITA|Rome|Italian
JAM|Kingston|Jamaican
JPN|Tokyo|Japanese
JOR|Amman|Jordanian
KAZ|Astana|Kazakhstani
KEN|Nairobi|Kenyan
KIR|South Tarawa|I-Kiribati
KWT|Kuwait City|Kuwaiti
KGZ|Bishkek|Kirghiz
LAO|Vientiane|Laotian
LVA|Riga|Latvian
LBN|Beirut|Lebanese
LSO|Maseru|Mosotho
LBR|Monrovia|Liberian
LBY|Tripoli|Libyan
LIE|Vaduz|Liechtensteiner
LTU|Vilnius|Lithuanian
LUX|Luxembourg|Luxembourger
MDG|Antananarivo|Malagasy
MWI|Lilongwe|Malawian
MYS|Kuala Lumpur|Malaysian
MDV|Malé|Maldivan
MLI|Bamako|Malian
MLT|Valletta|Maltese
MHL|Majuro|Marshallese
MRT|Nouakchott|Mauritanian
MUS|Port Louis|Mauritian
MEX|Mexico City|Mexican
FSM|Palikir|Micronesian
MDA|Chișinău|Moldovan
MCO|Monaco|Monegasque
MNG|Ulan Bator|Mongolian
MNE|Podgorica|Montenegrin
MAR|Rabat|Moroccan
MOZ|Maputo|Mozambican
MMR|Naypyidaw|Burmese
NAM|Windhoek|Namibian
NRU|Yaren|Nauruan
NPL|Kathmandu|Nepalese
NLD|Amsterdam|Dutch
NZL|Wellington|New Zealander
NIC|Managua|Nicaraguan
NER|Niamey|Nigerien
NGA|Abuja|Nigerian
PRK|Pyongyang|North Korean
MKD|Skopje|Macedonian
NOR|Oslo|Norwegian
OMN|Muscat|Omani
PAK|Islamabad|Pakistani
PLW|Ngerulmud|Palauan
PSE|Ramallah|Palestinian
PAN|Panama City|Panamanian
PNG|Port Moresby|Papua New Guinean
PRY|Asunción|Paraguayan
PER|Lima|Peruvian
PHL|Manila|Filipino
POL|Warsaw|Polish
PRT|Lisbon|Portuguese
QAT|Doha|Qatari
ROU|Bucharest|Romanian
RUS|Moscow|Russian
RWA|Kigali|Rwandan
KNA|Basseterre|Kittitian or Nevisian
LCA|Castries|Saint Lucian
VCT|Kingstown|Saint Vincentian
WSM|Apia|Samoan
SMR|City of San Marino|Sammarinese
STP|São Tomé|Sao Tomean
SAU|Riyadh|Saudi Arabian
SEN|Dakar|Senegalese
SRB|Belgrade|Serbian
SYC|Victoria|Seychellois
SLE|Freetown|Sierra Leonean
SGP|Singapore|Singaporean
SVK|Bratislava|Slovak
SVN|Ljubljana|Slovene
SLB|Honiara|Solomon Islander
SOM|Mogadishu|Somali
ZAF|Pretoria|South African
KOR|Seoul|South Korean
SSD|Juba|South Sudanese
ESP|Madrid|Spanish
LKA|Colombo|Sri Lankan
SDN|Khartoum|Sudanese
SUR|Paramaribo|Surinamer
SWE|Stockholm|Swedish
CHE|Bern|Swiss
SYR|Damascus|Syrian
TWN|Taipei|Taiwanese
TJK|Dushanbe|Tadzhik
TZA|Dodoma|Tanzanian
THA|Bangkok|Thai
TLS|Dili|East Timorese
TGO|Lomé|Togolese
TON|Nuku'alofa|Tongan
TTO|Port of Spain|Trinidadian
TUN|Tunis|Tunisian
TUR|Ankara|Turkish
TKM|Ashgabat|Turkmen
TUV|Funafuti|Tuvaluan
UGA|Kampala|Ugandan
UKR|Kyiv|Ukrainian
ARE|Abu Dhabi|Emirati
GBR|London|British
USA|Washington D.C.|American
URY|Montevideo|Uruguayan
UZB|Tashkent|Uzbekistani
VUT|Port Vila|Ni-Vanuatu
VAT|Vatican City|Vatican
VEN|Caracas|Venezuelan
VNM|Hanoi|Vietnamese
YEM|Sana'a|Yemeni
ZMB|Lusaka|Zambian
ZWE|Harare|Zimbabwean`;

/**
 * Ours, not the source's: forms news text uses that the source's single value misses.
 * Washington for the US government (the source writes "Washington D.C."); Kyrgyz and Tajik (the
 * source keeps the older Kirghiz, Tadzhik); Saudi (as in "Saudi officials"); Kiev (older spelling);
 * Peking is left out (historical). Each is a name or demonym a reader would give the same country.
 */
const additions = `USA|Washington|
KGZ||Kyrgyz
TJK||Tajik
SAU||Saudi
UKR|Kiev|
GBR||UK`;

export interface PlaceNames {
  capitals: string[];
  demonyms: string[];
}

function parse(text: string, into: Map<string, PlaceNames>) {
  for (const line of text.split('\n')) {
    const [id, capital, demonym] = line.split('|');
    const entry = into.get(id) ?? { capitals: [], demonyms: [] };
    if (capital) entry.capitals.push(capital);
    if (demonym) entry.demonyms.push(...demonym.split(' or '));
    into.set(id, entry);
  }
}

/** Country id -> its capitals and demonyms. */
export const placeNames: ReadonlyMap<string, PlaceNames> = (() => {
  const m = new Map<string, PlaceNames>();
  parse(table, m);
  parse(additions, m);
  return m;
})();

/** Continents as text names them through a demonym ("an African head of state"). */
export const continentDemonyms: Readonly<Record<string, string>> = {
  African: 'Africa',
  Asian: 'Asia',
  European: 'Europe',
  'Latin American': 'Americas',
  'South American': 'Americas',
};
