/** The snapshot table of precomputed estimates (the default request over the whole record). */
export const idealPointsTable = {
  name: 'idealpoints',
  description: 'Dynamic ordinal ideal points per state-year for the default request, with 90% intervals',
  columns: [
    { name: 'request_key', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'country', type: 'VARCHAR' },
    { name: 'ideal_point', type: 'DOUBLE' },
    { name: 'low', type: 'DOUBLE' },
    { name: 'high', type: 'DOUBLE' },
    { name: 'votes', type: 'INTEGER' },
  ],
} as const;
