import type { TableSpec } from './table.js';

export const investmentPositionsTable: TableSpec = {
  name: 'investment_positions',
  description:
    'IMF Direct Investment Positions (DIP): outward direct investment positions (net, assets less liabilities) of the US, China, Germany, Japan and Singapore in each counterpart economy, US$ millions, 2014-2024; basis reported (DV_TYPE O) or derived from counterpart data (SCC), never mixed; value null where the IMF publishes no value or no scale',
  columns: [
    { name: 'investor', type: 'VARCHAR' },
    { name: 'counterpart', type: 'VARCHAR' },
    { name: 'counterpart_kind', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'basis', type: 'VARCHAR' },
    { name: 'value_usd_mn', type: 'DOUBLE', nullable: true },
    { name: 'published', type: 'VARCHAR' },
    { name: 'scale', type: 'TINYINT', nullable: true },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

/** DIP derivation types: O = reported by the investor economy, SCC = derived from its counterparts' data. */
export const investmentBasis: Record<string, 'reported' | 'derived'> = { O: 'reported', SCC: 'derived' };
