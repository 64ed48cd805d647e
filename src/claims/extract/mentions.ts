import type { Concordance } from '../../countries/concordance.js';
import { continentDemonyms, placeNames } from '../../countries/demonyms.js';
import type { ContinentMention, CountryMention } from './types.js';

type Entry = { id: string; as: CountryMention['as'] } | { continent: string };

/** Short forms news text uses for states, beyond the concordance's names and aliases. */
const shortForms: Readonly<Record<string, string>> = {
  US: 'USA',
  'U.S.': 'USA',
  USA: 'USA',
  'U.S.A.': 'USA',
  America: 'USA',
  'United States': 'USA',
  UK: 'GBR',
  'U.K.': 'GBR',
  Britain: 'GBR',
  'Great Britain': 'GBR',
  Russia: 'RUS',
  DRC: 'COD',
  UAE: 'ARE',
  'South Korea': 'KOR',
  'North Korea': 'PRK',
  Iran: 'IRN',
  Syria: 'SYR',
  Vietnam: 'VNM',
  Tanzania: 'TZA',
  Laos: 'LAO',
};

const maxWords = 6;
const key = (s: string) =>
  s
    .replace(/\./g, '')
    .replace(/[\u2019']/g, "'")
    .toLowerCase();

/** Finds countries and continents in text by name, demonym and capital (longest match first). */
export class CountryFinder {
  private readonly phrases = new Map<string, Entry>();

  constructor(concordance: Concordance) {
    const add = (phrase: string, entry: Entry) => {
      const k = key(phrase);
      if (k.split(' ').length <= maxWords && !this.phrases.has(k)) this.phrases.set(k, entry);
    };
    for (const [phrase, id] of Object.entries(shortForms)) add(phrase, { id, as: 'name' });
    for (const c of concordance.countries) {
      if (c.historical) continue;
      // Names with a comma ("Korea, Republic of") are catalogue forms, not what text says.
      for (const n of [c.name, ...c.aliases])
        if (!n.includes(',') && !n.includes('(')) add(n, { id: c.id, as: 'name' });
    }
    for (const [id, names] of placeNames) {
      if (!concordance.get(id)) continue;
      for (const d of names.demonyms) add(d, { id, as: 'demonym' });
      for (const cap of names.capitals) add(cap, { id, as: 'capital' });
    }
    for (const [d, continent] of Object.entries(continentDemonyms)) this.phrases.set(key(d), { continent });
  }

  find(
    text: string,
    from: number,
    to: number,
  ): { countries: CountryMention[]; continents: ContinentMention[] } {
    const words: { start: number; end: number }[] = [];
    const re = /\p{Lu}[\p{L}\p{N}]*(?:[-.'\u2019][\p{L}\p{N}]+)*\.?|\p{Ll}+/gu;
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
      let end = m.index + m[0].length;
      // A trailing full stop belongs to the word only in dotted forms (U.S.).
      if (m[0].endsWith('.') && !/\.\p{L}/u.test(m[0])) end--;
      // Possessive 's is not part of the name.
      const w = text.slice(m.index, end);
      if (/['\u2019]s$/.test(w)) end -= 2;
      words.push({ start: m.index, end });
    }
    const countries: CountryMention[] = [];
    const continents: ContinentMention[] = [];
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      // Names start with a capital letter: "china" and "turkey" in lower case are not states.
      if (/\p{Lu}/u.test(text[words[i].start])) {
        for (let n = Math.min(maxWords, words.length - i); n >= 1 && !matched; n--) {
          const start = words[i].start;
          const end = words[i + n - 1].end;
          const phrase = text.slice(start, end);
          if (/\s{2,}|\n/.test(phrase)) continue;
          const entry = this.phrases.get(key(phrase.replace(/\s+/g, ' ')));
          if (!entry) continue;
          // Two- and three-letter forms (US, UK, UAE) only in capitals, never the pronoun "us".
          if (phrase.replace(/\./g, '').length <= 3 && phrase !== phrase.toUpperCase()) continue;
          if ('continent' in entry) continents.push({ start, end, text: phrase, continent: entry.continent });
          else countries.push({ start, end, text: phrase, id: entry.id, as: entry.as });
          matched = n;
        }
      }
      i += matched || 1;
    }
    return { countries, continents };
  }
}

const finders = new WeakMap<Concordance, CountryFinder>();

/** One finder per concordance, built on first use (about 2,000 phrases). */
export function countryFinder(concordance: Concordance): CountryFinder {
  let f = finders.get(concordance);
  if (!f) {
    f = new CountryFinder(concordance);
    finders.set(concordance, f);
  }
  return f;
}
