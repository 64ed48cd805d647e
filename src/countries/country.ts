/** A state in the concordance. `id` is the canonical key used everywhere in bearing. */
export interface Country {
  /** ISO 3166-1 alpha-3 for current states; an ISO 3166-3-style code for historical ones (SUN, YUG, DDR, ...). */
  id: string;
  /** English short name (countrycode's country.name.en). */
  name: string;
  iso2: string | null;
  iso3: string | null;
  /** UN M49 numeric code. */
  m49: number | null;
  /** Correlates of War numeric and letter codes. */
  cown: number | null;
  cowc: string | null;
  /** IMF IFS numeric code. */
  imf: number | null;
  /** World Bank code. */
  wb: string | null;
  continent: string | null;
  /** World Bank region (e.g. "Sub-Saharan Africa"). */
  region: string | null;
  /** UN M49 region and sub-region. */
  unRegion: string | null;
  unSubregion: string | null;
  /** Case-insensitive pattern matching English name variants (countrycode's country.name.en.regex). */
  pattern: string | null;
  /** Further exact names this state is known by (UN, ISO, COW names). */
  aliases: string[];
  /** True for states that no longer exist (USSR, Yugoslavia, East Germany, ...). */
  historical: boolean;
  /** ISO dates bounding a historical state's existence, when known. */
  from: string | null;
  to: string | null;
}
