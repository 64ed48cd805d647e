import type { Country } from '../countries/country.js';

/** States the Historian names that the concordance lacks, with what the queries need to know of them. */
export const extraStates: readonly Pick<
  Country,
  'id' | 'name' | 'continent' | 'region' | 'unRegion' | 'unSubregion' | 'from' | 'to'
>[] = [
  {
    id: 'HAW',
    name: 'Hawaii (Kingdom, then Republic, of Hawaii)',
    continent: 'Oceania',
    region: 'East Asia & Pacific',
    unRegion: 'Oceania',
    unSubregion: 'Polynesia',
    from: null,
    to: '1898-08-12',
  },
];
