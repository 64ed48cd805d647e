import type { Country } from './country.js';

type HistoricalState = Pick<Country, 'id' | 'name' | 'pattern' | 'from' | 'to'> &
  Partial<
    Pick<
      Country,
      'iso2' | 'cown' | 'cowc' | 'm49' | 'imf' | 'continent' | 'region' | 'unRegion' | 'unSubregion'
    >
  > & {
    aliases?: string[];
    /** Row of countrycode's table this state takes codes from (by country.name.en), if any. */
    codelistName?: string;
  };

/**
 * States that no longer exist keep ids of their own, so a series never silently mixes the USSR
 * with Russia or East with West Germany. Ids follow ISO 3166-3 former alpha-3 codes where one exists.
 * Patterns are tried before modern states' patterns, so "Soviet Union" never resolves to Russia.
 */
export const historicalStates: readonly HistoricalState[] = [
  {
    id: 'SUN',
    iso2: 'SU',
    name: 'Soviet Union',
    pattern: 'soviet.?union|u\\.?s\\.?s\\.?r|union of soviet socialist republics',
    from: '1922-12-30',
    to: '1991-12-25',
    cown: 365,
    cowc: 'USR',
    m49: 810,
    continent: 'Europe',
    region: 'Europe & Central Asia',
    unRegion: 'Europe',
    unSubregion: 'Eastern Europe',
    aliases: ['USSR', 'Union of Soviet Socialist Republics'],
  },
  {
    id: 'YUG',
    iso2: 'YU',
    name: 'Yugoslavia',
    codelistName: 'Yugoslavia',
    pattern: 'yugoslavia',
    from: '1918-12-01',
    to: '1992-04-27',
    m49: 890,
    continent: 'Europe',
    region: 'Europe & Central Asia',
    unRegion: 'Europe',
    unSubregion: 'Southern Europe',
    aliases: ['Socialist Federal Republic of Yugoslavia'],
  },
  {
    id: 'SCG',
    name: 'Serbia and Montenegro',
    codelistName: 'Serbia and Montenegro',
    pattern: 'serbia.?and.?montenegro|serbiamontenegro|federal republic of yugoslavia',
    from: '1992-04-27',
    to: '2006-06-03',
    m49: 891,
    continent: 'Europe',
    region: 'Europe & Central Asia',
    unRegion: 'Europe',
    unSubregion: 'Southern Europe',
    aliases: ['Federal Republic of Yugoslavia'],
  },
  {
    id: 'CSK',
    iso2: 'CS',
    name: 'Czechoslovakia',
    codelistName: 'Czechoslovakia',
    pattern: 'czechoslovak',
    from: '1918-10-28',
    to: '1992-12-31',
    m49: 200,
    continent: 'Europe',
    region: 'Europe & Central Asia',
    unRegion: 'Europe',
    unSubregion: 'Eastern Europe',
  },
  {
    id: 'DDR',
    iso2: 'DD',
    name: 'German Democratic Republic',
    codelistName: 'German Democratic Republic',
    pattern: 'german.?democratic.?rep|democratic.?rep.*germany|\\beast.?germany',
    from: '1949-10-07',
    to: '1990-10-03',
    m49: 278,
    continent: 'Europe',
    region: 'Europe & Central Asia',
    unRegion: 'Europe',
    unSubregion: 'Western Europe',
    aliases: ['East Germany'],
  },
  {
    id: 'BRD',
    name: 'Federal Republic of Germany (West Germany)',
    pattern:
      'west.?germany|federal.?republic.?of.?germany|germany,?.?federal.?republic|german.?federal.?republic',
    from: '1949-05-23',
    to: '1990-10-03',
    cown: 260,
    cowc: 'GFR',
    m49: 280,
    continent: 'Europe',
    region: 'Europe & Central Asia',
    unRegion: 'Europe',
    unSubregion: 'Western Europe',
    aliases: ['West Germany', 'Federal Republic of Germany', 'Germany, Federal Republic of'],
  },
  {
    id: 'YAR',
    name: 'Yemen Arab Republic (North Yemen)',
    codelistName: 'Yemen Arab Republic',
    pattern: '^(?=.*arab).*yemen|^(?=.*north).*yemen|^(?=.*sana).*yemen',
    from: '1918-11-01',
    to: '1990-05-22',
    m49: 886,
    continent: 'Asia',
    region: 'Middle East & North Africa',
    unRegion: 'Asia',
    unSubregion: 'Western Asia',
    aliases: ['North Yemen', 'Yemen Arab Republic'],
  },
  {
    id: 'YMD',
    iso2: 'YD',
    name: "Yemen People's Democratic Republic (South Yemen)",
    codelistName: "Yemen People's Republic",
    pattern:
      '^(?=.*peo).*yemen|^(?!.*rep)(?=.*dem).*yemen|^(?=.*south).*yemen|^(?=.*aden).*yemen|democratic.?yemen|southern.?yemen',
    from: '1967-11-30',
    to: '1990-05-22',
    m49: 720,
    continent: 'Asia',
    region: 'Middle East & North Africa',
    unRegion: 'Asia',
    unSubregion: 'Western Asia',
    aliases: ['South Yemen', 'Democratic Yemen', "Yemen People's Republic"],
  },
  {
    id: 'RVN',
    name: 'Republic of Vietnam (South Vietnam)',
    codelistName: 'Republic of Vietnam',
    pattern: '^republic.of.viet.?nam|south.viet.?nam|viet.?nam.south',
    from: '1955-10-26',
    to: '1975-04-30',
    continent: 'Asia',
    region: 'East Asia & Pacific',
    unRegion: 'Asia',
    unSubregion: 'South-eastern Asia',
  },
  {
    id: 'ZAN',
    name: 'Zanzibar',
    codelistName: 'Zanzibar',
    pattern: 'zanzibar',
    from: '1963-12-10',
    to: '1964-04-26',
    continent: 'Africa',
    region: 'Sub-Saharan Africa',
    unRegion: 'Africa',
    unSubregion: 'Sub-Saharan Africa',
  },
  {
    id: 'UAR',
    name: 'United Arab Republic',
    codelistName: 'United Arab Republic',
    pattern: 'united.arab.republic',
    from: '1958-02-22',
    to: '1961-09-28',
    continent: 'Asia',
    region: 'Middle East & North Africa',
    unRegion: 'Africa',
    unSubregion: 'Northern Africa',
  },
  {
    id: 'ANT',
    name: 'Netherlands Antilles',
    codelistName: 'Netherlands Antilles',
    pattern: 'netherlands.antil|dutch.antil',
    from: '1954-12-15',
    to: '2010-10-10',
    m49: 530,
    continent: 'Americas',
    region: 'Latin America & Caribbean',
    unRegion: 'Americas',
    unSubregion: 'Latin America and the Caribbean',
  },
  {
    id: 'XKX',
    name: 'Kosovo',
    codelistName: 'Kosovo',
    pattern: 'kosovo',
    from: '2008-02-17',
    to: null,
    continent: 'Europe',
    region: 'Europe & Central Asia',
    unRegion: 'Europe',
    unSubregion: 'Southern Europe',
  },
];

/**
 * Where a source keeps one code across a change of state (Voeten codes the USSR as Russia and
 * Yugoslavia's seat continuously through Serbia), records dated before `before` belong to `id`.
 * Rules are applied in order; the first that matches wins.
 */
export interface SuccessionRule {
  /** The id the source's code resolves to today. */
  successor: string;
  /** The historical state for records strictly before this ISO date. */
  before: string;
  id: string;
}

export const successionRules: readonly SuccessionRule[] = [
  { successor: 'RUS', before: '1991-12-25', id: 'SUN' },
  { successor: 'SRB', before: '1992-04-27', id: 'YUG' },
  { successor: 'SRB', before: '2006-06-03', id: 'SCG' },
  { successor: 'DEU', before: '1990-10-03', id: 'BRD' },
  { successor: 'YEM', before: '1990-05-22', id: 'YAR' },
  { successor: 'CZE', before: '1993-01-01', id: 'CSK' },
];

/** The state a successor's code stood for on `date` (ISO yyyy-mm-dd). */
export function stateOnDate(id: string, date: string): string {
  for (const rule of successionRules) {
    if (rule.successor === id && date < rule.before) return rule.id;
  }
  return id;
}
