import type { Concordance } from '../../../countries/concordance.js';
import { countryOfWords } from './demonyms.js';

/** Where a "travelled to" record puts the leader: a foreign country and city, or a place in China. */
export interface Place {
  /** Country id; CHN for places in mainland China (provinces, municipalities, autonomous regions). */
  country: string | null;
  city: string | null;
  inChina: boolean;
}

// China Vitae names Chinese places by their administrative unit ("Shanghai Municipality",
// "Hainan Province, Boao", "Guangxi Zhuang Autonomous Region, Nanning City").
const chineseUnit = /\b(Municipality|Province|Autonomous Region|Special Administrative Region)\b/i;

/**
 * Names of states that had ceased to exist, which China Vitae still uses for some places: the host is
 * the state the city is in at the date (all records are 2003-2018).
 */
const historicalPlaces: Readonly<Record<string, string | Record<string, string>>> = {
  Czechoslovakia: { Prague: 'CZE', Bratislava: 'SVK' },
  Yugoslavia: 'SRB',
  'Serbia-Montenegro': 'SRB',
};

/** "Kenya, Nairobi" -> KEN, Nairobi; "USA, New York, New York" -> USA, New York; "" -> nothing. */
export function readPlace(place: string, concordance: Concordance): Place {
  const parts = place
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { country: null, city: null, inChina: false };
  if (chineseUnit.test(parts[0]) || /^(Beijing|Shanghai|Tianjin|Chongqing)\b/i.test(parts[0])) {
    return { country: 'CHN', city: parts[1] ?? parts[0], inChina: true };
  }
  // Hong Kong and Macao are listed as places of their own; they are China's, not foreign hosts.
  if (/^(Hong Kong|Macao|Macau)\b/i.test(parts[0])) {
    return { country: 'CHN', city: parts[0], inChina: true };
  }
  const historical = historicalPlaces[parts[0]];
  const country =
    (typeof historical === 'string' ? historical : historical?.[parts[1] ?? '']) ??
    countryOfWords(parts[0], concordance) ??
    null;
  return { country, city: parts[1] ?? null, inChina: country === 'CHN' };
}

/** The place in a headline's trailing parentheses: "... (Germany, Berlin)" or "(Beijing Municipality)". */
export function trailingPlace(text: string): string | null {
  const m = /\(([^()]*)\)\s*$/.exec(text);
  return m ? m[1] : null;
}
