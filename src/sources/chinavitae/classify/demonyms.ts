import type { Concordance } from '../../../countries/concordance.js';

/**
 * Adjectives and short forms in China Vitae's titles ("Kenyan President", "U.S. Secretary of State")
 * that stem matching (below) cannot reach: irregular demonyms and ambiguous stems (Niger/Nigeria).
 * Multi-word keys are tried before single words.
 */
export const demonyms: Readonly<Record<string, string>> = {
  'u.s.': 'USA',
  us: 'USA',
  american: 'USA',
  usa: 'USA',
  'united states': 'USA',
  british: 'GBR',
  uk: 'GBR',
  english: 'GBR',
  french: 'FRA',
  dutch: 'NLD',
  swiss: 'CHE',
  greek: 'GRC',
  spanish: 'ESP',
  danish: 'DNK',
  finnish: 'FIN',
  polish: 'POL',
  irish: 'IRL',
  icelandic: 'ISL',
  czech: 'CZE',
  slovak: 'SVK',
  filipino: 'PHL',
  philippine: 'PHL',
  lao: 'LAO',
  laotian: 'LAO',
  burmese: 'MMR',
  myanmar: 'MMR',
  'south korean': 'KOR',
  rok: 'KOR',
  'north korean': 'PRK',
  dprk: 'PRK',
  'south african': 'ZAF',
  'sri lankan': 'LKA',
  'new zealand': 'NZL',
  'saudi arabian': 'SAU',
  saudi: 'SAU',
  emirati: 'ARE',
  uae: 'ARE',
  nigerian: 'NGA',
  nigerien: 'NER',
  mozambican: 'MOZ',
  timorese: 'TLS',
  'east timorese': 'TLS',
  'costa rican': 'CRI',
  'papua new guinean': 'PNG',
  png: 'PNG',
  'central african': 'CAF',
  'south sudanese': 'SSD',
  'dominican republic': 'DOM',
  dominican: 'DOM',
  malagasy: 'MDG',
  ivorian: 'CIV',
  bangladeshi: 'BGD',
  nepali: 'NPL',
  nepalese: 'NPL',
  afghan: 'AFG',
  uzbek: 'UZB',
  kazakh: 'KAZ',
  kazakhstani: 'KAZ',
  kyrgyz: 'KGZ',
  tajik: 'TJK',
  turkmen: 'TKM',
  argentine: 'ARG',
  argentinian: 'ARG',
  cypriot: 'CYP',
  maltese: 'MLT',
  welsh: 'GBR',
  scottish: 'GBR',
  kiwi: 'NZL',
  'cape verdean': 'CPV',
  'sierra leonean': 'SLE',
  'equatorial guinean': 'GNQ',
  'bissau-guinean': 'GNB',
  beninese: 'BEN',
  malian: 'MLI',
  guinean: 'GIN',
  congolese: 'COG',
  'trinidad and tobago': 'TTO',
  'bosnia and herzegovina': 'BIH',
  bosnian: 'BIH',
  macedonian: 'MKD',
  montenegrin: 'MNE',
  'solomon islands': 'SLB',
  thai: 'THA',
  vietnamese: 'VNM',
  lebanese: 'LBN',
  sudanese: 'SDN',
  comorian: 'COM',
  bahamian: 'BHS',
  belarusian: 'BLR',
  belarussian: 'BLR',
  azerbaijani: 'AZE',
  azeri: 'AZE',
  israeli: 'ISR',
  pakistani: 'PAK',
  'el salvador': 'SLV',
  salvadoran: 'SLV',
  micronesian: 'FSM',
  burkinabe: 'BFA',
  'sao tomean': 'STP',
  seychellois: 'SYC',
  mauritian: 'MUS',
  mauritanian: 'MRT',
  austrian: 'AUT',
  australian: 'AUS',
  indian: 'IND',
  german: 'DEU',
  russian: 'RUS',
  chinese: 'CHN',
  japanese: 'JPN',
  korean: 'KOR',
};

const suffixes = ['n', 'an', 'ian', 'ean', 'ese', 'ish', 'i', 'ic'];

/**
 * The country an adjective or name at the head of a title stands for: the table above, then the
 * concordance (names and codes), then a stem ("Kenyan" -> "Kenya", "Portuguese" -> "Portug...")
 * that begins the name of exactly one current state. Undefined when nothing fits.
 */
export function countryOfWords(words: string, concordance: Concordance): string | undefined {
  const w = words
    .toLowerCase()
    .replace(/[’']s$/, '')
    .trim();
  if (!w) return undefined;
  const hit = demonyms[w];
  if (hit) return hit;
  if (w.length >= 4) {
    const q = words.replace(/[’']s$/, '').trim();
    const c = concordance.tryResolve(q);
    // The concordance's name patterns search anywhere ("Japan-China Association" matches China):
    // accept a pattern hit only when it covers the words from their start.
    if (c && !c.historical) {
      const m = c.pattern ? new RegExp(c.pattern, 'i').exec(q) : null;
      const exact = [c.name, ...c.aliases, c.id].some((n) => n.toLowerCase() === q.toLowerCase());
      if (exact || (m && m.index === 0 && m[0].length >= q.length * 0.6 && q.split(' ').length <= 6))
        return c.id;
    }
  }
  if (w.includes(' ') || w.length < 4) return undefined;
  for (const suffix of suffixes) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (stem.length < 4) continue;
    const found = stemIndex(concordance).filter(([name]) => name.startsWith(stem));
    const ids = new Set(found.map(([, id]) => id));
    if (ids.size === 1) return [...ids][0];
  }
  return undefined;
}

let cached: { concordance: Concordance; names: [string, string][] } | undefined;
function stemIndex(concordance: Concordance): [string, string][] {
  if (cached?.concordance !== concordance) {
    const names: [string, string][] = [];
    for (const c of concordance.countries) {
      if (c.historical) continue;
      for (const n of [c.name, ...c.aliases]) names.push([n.toLowerCase(), c.id]);
    }
    cached = { concordance, names };
  }
  return cached.names;
}
