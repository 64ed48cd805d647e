import { InputError } from '../../errors.js';

/**
 * Member-state names of the DGACM resolution extracts (UN official short names in capitals) and the
 * variants and slips found in them, each mapped to a canonical id. Resolution uses this table only, never
 * the concordance's loose patterns, so that "ANGOLA BAHAMAS" (two states run together) can never be read
 * as Angola alone. A name outside the table fails the build with file, line and name (docs/data/unga.md).
 * Generated from the nine files of commit 42a69b67 and reviewed by hand.
 */
// biome-ignore format: a table, one name per line
export const dgacmNames: Readonly<Record<string, string>> = {
  "AFGHANISTAN": 'AFG',
  "ALBANIA": 'ALB',
  "ALGERIA": 'DZA',
  "ANDORRA": 'AND',
  "ANGOLA": 'AGO',
  "ANTIGUA AND BARBUDA": 'ATG',
  "ARGENTINA": 'ARG',
  "ARMENIA": 'ARM',
  "AUSTRALIA": 'AUS',
  "AUSTRIA": 'AUT',
  "AZERBAIJAN": 'AZE',
  "BAHAMAS": 'BHS',
  "BAHAMAS (THE)": 'BHS',
  "BAHRAIN": 'BHR',
  "BANGLADESH": 'BGD',
  "BARBADOS": 'BRB',
  "BELARUS": 'BLR',
  "BELGIUM": 'BEL',
  "BELIZE": 'BLZ',
  "BENIN": 'BEN',
  "BHUTAN": 'BTN',
  "BOLIVARIAN REPUBLIC OF VENEZUELA": 'VEN',
  "BOLIVIA (PLURINATIONAL STATE OF)": 'BOL',
  "BOSNIA AND HERZEGOVINA": 'BIH',
  "BOTSWANA": 'BWA',
  "BRAZIL": 'BRA',
  "BRUNEI DARUSSALAM": 'BRN',
  "BULGARIA": 'BGR',
  "BURKINA FASO": 'BFA',
  "BURUNDI": 'BDI',
  "CABO VERDE": 'CPV',
  "CAMBODIA": 'KHM',
  "CAMEROON": 'CMR',
  "CANADA": 'CAN',
  "CENTRAL AFRICAN REPUBLIC": 'CAF',
  "CHAD": 'TCD',
  "CHILE": 'CHL',
  "CHINA": 'CHN',
  "COLOMBIA": 'COL',
  "COMOROS": 'COM',
  "CONGO": 'COG',
  "COSTA RICA": 'CRI',
  "COTE D'IVOIRE": 'CIV',
  "CROATIA": 'HRV',
  "CUBA": 'CUB',
  "CYPRUS": 'CYP',
  "CZECHIA": 'CZE',
  "CÔTE D'IVOIRE": 'CIV',
  "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": 'PRK',
  "DEMOCRATIC REPUBLIC OF THE CONGO": 'COD',
  "DENMARK": 'DNK',
  "DJIBOUTI": 'DJI',
  "DOMINICA": 'DMA',
  "DOMINICAN REPUBLIC": 'DOM',
  "ECUADOR": 'ECU',
  "EGYPT": 'EGY',
  "EL SALVADOR": 'SLV',
  "EQUATORIAL GUINEA": 'GNQ',
  "ERITREA": 'ERI',
  "ESTONIA": 'EST',
  "ESWATINI": 'SWZ',
  "ETHIOPIA": 'ETH',
  "FIJI": 'FJI',
  "FINLAND": 'FIN',
  "FRANCE": 'FRA',
  "GABON": 'GAB',
  "GAMBIA": 'GMB',
  "GEORGIA": 'GEO',
  "GERMANY": 'DEU',
  "GHANA": 'GHA',
  "GREECE": 'GRC',
  "GRENADA": 'GRD',
  "GUATEMALA": 'GTM',
  "GUINEA": 'GIN',
  "GUINEA BISSAU": 'GNB',
  "GUINEA-BISSAU": 'GNB',
  "GUYANA": 'GUY',
  "HAITI": 'HTI',
  "HONDURAS": 'HND',
  "HUNGARY": 'HUN',
  "ICELAND": 'ISL',
  "INDIA": 'IND',
  "INDONESIA": 'IDN',
  "IRAN (ISLAMIC REPUBLIC OF)": 'IRN',
  "IRAQ": 'IRQ',
  "IRELAND": 'IRL',
  "ISLAMIC REPUBLIC OF IRAN": 'IRN',
  "ISRAEL": 'ISR',
  "ITALY": 'ITA',
  "JAMAICA": 'JAM',
  "JAPAN": 'JPN',
  "JORDAN": 'JOR',
  "KAZAKHSTAN": 'KAZ',
  "KENYA": 'KEN',
  "KINGDOM OF THE NETHERLANDS": 'NLD',
  "KIRIBATI": 'KIR',
  "KUWAIT": 'KWT',
  "KYRGYZSTAN": 'KGZ',
  "LAO PEOPLE'S DEMOCRATIC REPUBLIC": 'LAO',
  "LATVIA": 'LVA',
  "LEBANON": 'LBN',
  "LESOTHO": 'LSO',
  "LIBERIA": 'LBR',
  "LIBYA": 'LBY',
  "LIECHTENSTEIN": 'LIE',
  "LITHUANIA": 'LTU',
  "LUXEMBOURG": 'LUX',
  "MADAGASCAR": 'MDG',
  "MALAWI": 'MWI',
  "MALAYSIA": 'MYS',
  "MALDIVES": 'MDV',
  "MALI": 'MLI',
  "MALTA": 'MLT',
  "MALTAS": 'MLT',
  "MARSHALL ISLANDS": 'MHL',
  "MAURITANIA": 'MRT',
  "MAURITIUS": 'MUS',
  "MEXICO": 'MEX',
  "MICRONESIA (FEDERATED STATES OF)": 'FSM',
  "MICRONESIA (FEDERATES STATES OF)": 'FSM',
  "MONACO": 'MCO',
  "MONGOLIA": 'MNG',
  "MONTENEGRO": 'MNE',
  "MOROCCO": 'MAR',
  "MOZAMBIQUE": 'MOZ',
  "MYANMAR": 'MMR',
  "NAMIBIA": 'NAM',
  "NAURU": 'NRU',
  "NEPAL": 'NPL',
  "NETHERLANDS": 'NLD',
  "NETHERLANDS (KINGDOM OF THE)": 'NLD',
  "NEW ZEALAND": 'NZL',
  "NICARAGUA": 'NIC',
  "NIGER": 'NER',
  "NIGERIA": 'NGA',
  "NORTH MACEDONIA": 'MKD',
  "NORWAY": 'NOR',
  "OMAN": 'OMN',
  "PAKISTAN": 'PAK',
  "PALAU": 'PLW',
  "PANAMA": 'PAN',
  "PAPUA NEW GUINEA": 'PNG',
  "PARAGUAY": 'PRY',
  "PERU": 'PER',
  "PHILIPPINES": 'PHL',
  "POLAND": 'POL',
  "PORTUGAL": 'PRT',
  "QATAR": 'QAT',
  "REPUBLIC OF CAMEROON": 'CMR',
  "REPUBLIC OF KOREA": 'KOR',
  "REPUBLIC OF MOLDOVA": 'MDA',
  "ROMANIA": 'ROU',
  "RUSSIAN FEDERATION": 'RUS',
  "RWANDA": 'RWA',
  "SAINT KITTS AND NEVIS": 'KNA',
  "SAINT LUCIA": 'LCA',
  "SAINT VINCENT AND THE GRENADINES": 'VCT',
  "SAMOA": 'WSM',
  "SAN MARINO": 'SMR',
  "SAO TOME AND PRINCIPE": 'STP',
  "SAUDI ARABIA": 'SAU',
  "SENEGAL": 'SEN',
  "SERBIA": 'SRB',
  "SEYCHELLES": 'SYC',
  "SIERRA LEONE": 'SLE',
  "SINGAPORE": 'SGP',
  "SLOVAKIA": 'SVK',
  "SLOVENIA": 'SVN',
  "SOLOMON ISLANDS": 'SLB',
  "SOMALIA": 'SOM',
  "SOUTH AFRICA": 'ZAF',
  "SOUTH SUDAN": 'SSD',
  "SPAIN": 'ESP',
  "SRI LANKA": 'LKA',
  "STATE OF PALESTINE": 'PSE',
  "SUDAN": 'SDN',
  "SURINAME": 'SUR',
  "SWEDEN": 'SWE',
  "SWITZERLAND": 'CHE',
  "SYRIAN ARAB REPUBLIC": 'SYR',
  "TAJIKISTAN": 'TJK',
  "THAILAND": 'THA',
  "THE BAHAMAS": 'BHS',
  "THE COMOROS": 'COM',
  "THE CONGO": 'COG',
  "THE DEMOCRATIC REPUBLIC OF THE CONGO": 'COD',
  "THE DOMINICAN REPUBLIC": 'DOM',
  "THE GAMBIA": 'GMB',
  "THE LAO PEOPLE'S DEMOCRATIC REPUBLIC": 'LAO',
  "THE MARSHALL ISLANDS": 'MHL',
  "THE NIGER": 'NER',
  "THE PHILIPPINES": 'PHL',
  "THE REPUBLIC OF KOREA": 'KOR',
  "THE REPUBLIC OF MOLDOVA": 'MDA',
  "THE RUSSIAN FEDERATION": 'RUS',
  "THE SYRIAN ARAB REPUBLIC": 'SYR',
  "THE UNITED KINGDOM": 'GBR',
  "THE UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND": 'GBR',
  "THEREPUBLIC OF KOREA": 'KOR',
  "THEUNITED REPUBLIC OF TANZANIA": 'TZA',
  "TIMOR LESTE": 'TLS',
  "TIMOR-LESTE": 'TLS',
  "TOGO": 'TGO',
  "TONGA": 'TON',
  "TRINIDAD AND TOBAGO": 'TTO',
  "TUNISIA": 'TUN',
  "TURKEY": 'TUR',
  "TURKIYE": 'TUR',
  "TURKMENISTAN": 'TKM',
  "TUVALU": 'TUV',
  "TÜRKIYE": 'TUR',
  "TÜRKİYE": 'TUR',
  "TÜRKİYE": 'TUR',
  "UGANDA": 'UGA',
  "UKRAINE": 'UKR',
  "UNITED ARAB EMIRATES": 'ARE',
  "UNITED KINGDOM": 'GBR',
  "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND": 'GBR',
  "UNITED REPUBLIC OF TANZANIA": 'TZA',
  "UNITED STATES": 'USA',
  "UNITED STATES OF AMERICA": 'USA',
  "URUGUAY": 'URY',
  "UZBEKISTAN": 'UZB',
  "VANUATU": 'VUT',
  "VENEZUELA (BOLIVARIAN REPUBLIC OF)": 'VEN',
  "VENEZUELA (BOLIVARIAN REPUBLIC)": 'VEN',
  "VIET NAM": 'VNM',
  "YEMEN": 'YEM',
  "ZAMBIA": 'ZMB',
  "ZIMBABWE": 'ZWE',
  // Slips of the extracts, each seen in the files (field and session in docs/data/unga.md)
  "CZECHI A": 'CZE',
  "GE RMANY": 'DEU',
  "IR ELAND": 'IRL',
  "MAURITANI A": 'MRT',
  "NAMBIA": 'NAM',
  "TÜRKÝYE": 'TUR',
  "SOLOMON": 'SLB',
  "THE OF KOREA": 'KOR',
  "LAO PEOPLE'S DEMOCRATIC": 'LAO',
};

/**
 * Sponsor entries that name several states run together, or fragments of a name broken across lines
 * (null: the fragment's state is already named by the other half, e.g. "SOLOMON" / "ISLANDS").
 */
export const dgacmSponsorEntries: Readonly<Record<string, readonly string[]>> = {
  'ANGOLA BAHAMAS': ['AGO', 'BHS'],
  'COMOROS CONGO': ['COM', 'COG'],
  'UNITED KINGDOMAND URUGUAY': ['GBR', 'URY'],
  ISLANDS: [],
  PRINCIPE: [],
  'NORTHERN IRELAND': [],
  SUBSEQUENTLY: [],
};

/** Sponsor entries that are not states: who submitted a text, procedural notes, annex headings. */
export const nonStateSponsor =
  /^(SUBMITTED BY|INTRODUCED IN|ON THE BASIS|THE REPRESENTATIVE OF|WAS SUBMITTED|THE AMENDMENT|ANNEX:)|ON THE BASIS OF (THE )?INFORMAL CONSULTATIONS/;

/** Upper case, no-break spaces and runs of spaces folded, curly apostrophes straightened, trailing , . ; cut. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\(\s*\)/g, '')
    .trim()
    .replace(/[,.;]+$/, '')
    .trim()
    .toUpperCase();
}

/** The id of a voting member's name, or an InputError naming file, line, field and name. */
export function resolveMemberName(
  raw: string,
  location: { file: string; line: number; field: string },
): string {
  const key = cleanName(raw);
  if (!Object.hasOwn(dgacmNames, key)) {
    throw new InputError(`unknown member-state name '${raw}'`, {
      location,
      kind: 'unknown',
      hint: 'add the variant to dgacmNames (src/sources/dgacm/names.ts) if it is a state',
    });
  }
  return dgacmNames[key];
}

/** Removes "(on behalf of ...)", "(in its capacity as ...)" with nested parentheses, and ", on behalf of ...". */
function stripQualifiers(s: string): string {
  let out = s;
  for (;;) {
    const m = /\s*\((?:ON|OF) BEHALF OF|\s*\(IN ITS CAPACITY AS/.exec(out);
    if (!m) break;
    let depth = 0;
    let end = out.length;
    for (let i = m.index + m[0].indexOf('('); i < out.length; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    out = out.slice(0, m.index) + out.slice(end);
  }
  return out.replace(/,? ON BEHALF OF .*$/, '').trim();
}

function resolvePiece(piece: string): readonly string[] | undefined {
  if (Object.hasOwn(dgacmNames, piece)) return [dgacmNames[piece]];
  if (Object.hasOwn(dgacmSponsorEntries, piece)) return dgacmSponsorEntries[piece];
  // "A AND B": split at the first " AND " whose two sides both resolve (names like
  // "TRINIDAD AND TOBAGO" were tried whole above).
  const parts = piece.split(' AND ');
  for (let k = 1; k < parts.length; k++) {
    const left = resolvePiece(parts.slice(0, k).join(' AND '));
    const right = left && resolvePiece(parts.slice(k).join(' AND '));
    if (left && right) return [...left, ...right];
  }
  return undefined;
}

/**
 * The states a sponsor entry names: `null` for a non-state entry (a committee chair, a procedural note),
 * an InputError for text that is neither a known name nor a known non-state form. A state sponsoring on
 * behalf of a group counts as that state.
 */
export function resolveSponsorEntry(
  raw: string,
  location: { file: string; line: number; field: string },
): readonly string[] | null {
  const clean = cleanName(raw);
  if (clean === '' || nonStateSponsor.test(clean)) return null;
  const ids: string[] = [];
  for (const piece of stripQualifiers(clean).split(/\s*,\s*|\.\s+/)) {
    let p = piece
      .trim()
      .replace(/[,.;]+$/, '')
      .trim();
    // A closing parenthesis left over from a nested group qualifier ("... (Bangkok Treaty))").
    if (p.endsWith(')') && (p.match(/\(/g) ?? []).length < (p.match(/\)/g) ?? []).length)
      p = p.slice(0, -1).trim();
    if (p === '') continue;
    const hit = resolvePiece(p);
    if (!hit) {
      throw new InputError(`unknown sponsor '${raw}' (part '${p}')`, {
        location,
        kind: 'unknown',
        hint: 'add the variant to dgacmNames or dgacmSponsorEntries (src/sources/dgacm/names.ts)',
      });
    }
    ids.push(...hit);
  }
  return ids;
}
