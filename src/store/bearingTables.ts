/**
 * The bearing of every state and year between the default poles, precomputed by the snapshot build
 * (dataset `bearing`, src/snapshot/datasets/bearing.ts): one row per state, year and dimension.
 * `input_key` fingerprints the tables it was computed from and the method version; a store whose
 * tables differ (a dataset rebuilt alone) has another key, and the rows are not used.
 */
export const bearingWorldTable = {
  name: 'bearing_world',
  description:
    'The bearing per state, year and dimension between the default poles (USA, CHN), precomputed from the other datasets',
  columns: [
    { name: 'input_key', type: 'VARCHAR' },
    { name: 'poles', type: 'VARCHAR' },
    { name: 'ordinal', type: 'INTEGER' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'country', type: 'VARCHAR' },
    { name: 'dimension', type: 'VARCHAR' },
    { name: 'position', type: 'DOUBLE', nullable: true },
    { name: 'engagement', type: 'DOUBLE', nullable: true },
    { name: 'data_year', type: 'SMALLINT' },
    { name: 'source', type: 'VARCHAR' },
    { name: 'figures', type: 'VARCHAR' },
  ],
} as const;
