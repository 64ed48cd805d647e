import { parseCodelist } from '../../sources/countrycode/parseCodelist.js';
import { countriesTable, countryRows } from '../../store/countries.js';
import type { DatasetBuilder } from '../dataset.js';

export const countriesDataset: DatasetBuilder = {
  id: 'countries',
  title: 'Country concordance',
  publisher: 'countrycode R package (Arel-Bundock, Enevoldsen & Yetman)',
  version: '1.8.0 (codelist_without_cldr.csv)',
  license: 'GPL-3',
  inputs: [
    {
      path: 'codes/countrycode_codelist_without_cldr.csv',
      url: 'https://raw.githubusercontent.com/vincentarelbundock/countrycode/main/dictionary/codelist_without_cldr.csv',
    },
  ],
  async build(ctx) {
    const file = 'codes/countrycode_codelist_without_cldr.csv';
    const countries = parseCodelist(await ctx.readText(file), file);
    await ctx.writeTable(countriesTable, countryRows(countries));
    return {
      coverage: { from: null, to: null, countries: countries.length },
      notes: [
        'Historical states keep ids of their own: SUN, YUG, SCG, CSK, DDR, BRD, YAR, YMD, RVN, ZAN, UAR, ANT.',
      ],
    };
  },
};
