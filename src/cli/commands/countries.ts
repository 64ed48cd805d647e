import type { Country } from '../../countries/country.js';
import { renderRows } from '../../format/rows.js';
import type { Command } from '../command.js';
import { formatOptions } from '../command.js';
import { outputFormat } from '../output.js';

export const countriesCommand: Command = {
  name: 'countries',
  summary: 'Look up countries: codes, names, regions (historical states included)',
  usage: ['countries [QUERY] [--json|--csv]'],
  help: 'QUERY is any code or name: KEN, KE, Kenya, cow:501, m49:404, imf:664, "Soviet Union".\nWithout QUERY, every country is listed.',
  options: { ...formatOptions },
  async run({ values, positionals, store, stdout }) {
    const s = await store();
    const query = positionals.join(' ');
    const hits: readonly Country[] = query ? s.concordance.search(query) : s.concordance.countries;
    if (query && hits.length === 0) s.concordance.resolve(query, { field: 'QUERY' });
    const rows = hits.map((c) => ({ ...c, aliases: c.aliases.join('; ') }));
    stdout(
      renderRows(
        rows,
        [
          { key: 'id' },
          { key: 'name' },
          { key: 'iso2' },
          { key: 'm49' },
          { key: 'cown' },
          { key: 'cowc' },
          { key: 'imf' },
          { key: 'wb' },
          { key: 'continent' },
          { key: 'region' },
          { key: 'historical' },
          ...(outputFormat(values) === 'table'
            ? []
            : ([
                { key: 'iso3' },
                { key: 'unRegion' },
                { key: 'unSubregion' },
                { key: 'from' },
                { key: 'to' },
                { key: 'aliases' },
              ] as const)),
        ],
        outputFormat(values),
      ),
    );
    return 0;
  },
};
