import type { Country } from '../../countries/country.js';

/** A country with only an id, a name and aliases: the extractor's tests need no other field. */
export const country = (id: string, name: string, aliases: string[] = []): Country => ({
  id,
  name,
  aliases,
  iso2: null,
  iso3: id,
  m49: null,
  cown: null,
  cowc: null,
  imf: null,
  wb: null,
  continent: null,
  region: null,
  unRegion: null,
  unSubregion: null,
  pattern: null,
  historical: false,
  from: null,
  to: null,
});
