import type { TableSpec } from './table.js';

export const armsTransfersTable: TableSpec = {
  name: 'arms_transfers',
  description:
    "SIPRI TIV (millions) delivered by a supplier to a recipient in a year: aggregates only, never register rows. Years to 1994 from 360info's tidy table (one row each), from 1995 the sum of every register line with this supplier, recipient and delivery year (source_line = the first, source_lines = how many). supplier/recipient are concordance ids for states, SIPRI's own name for armed groups, organisations and unknowns (kind says which)",
  columns: [
    { name: 'supplier', type: 'VARCHAR' },
    { name: 'supplier_kind', type: 'VARCHAR' },
    { name: 'supplier_name', type: 'VARCHAR' },
    { name: 'recipient', type: 'VARCHAR' },
    { name: 'recipient_kind', type: 'VARCHAR' },
    { name: 'recipient_name', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'tiv', type: 'DOUBLE', nullable: true },
    { name: 'source', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
    { name: 'source_lines', type: 'INTEGER' },
  ],
};

export const usTroopsTable: TableSpec = {
  name: 'us_troops',
  description:
    'US active-duty personnel (DMDC via troopdata) by place and year. country is a concordance id (kind state) or null for territories and places troopdata gives no state code (kind territory); rows of one state-year under two spellings are summed (source_line = the first, source_rows = how many)',
  columns: [
    { name: 'country', type: 'VARCHAR', nullable: true },
    { name: 'place', type: 'VARCHAR' },
    { name: 'kind', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'troops', type: 'INTEGER', nullable: true },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
    { name: 'source_rows', type: 'INTEGER' },
  ],
};

export const atopTable: TableSpec = {
  name: 'atop_obligations',
  description:
    'ATOP 5 directed dyad-years with at least one obligation of state1 toward state2 (defense, offense, neutral, nonagg, consul), 1815-2018; state ids from the COW codes (null when the concordance has no state for the code)',
  columns: [
    { name: 'state1', type: 'VARCHAR', nullable: true },
    { name: 'state2', type: 'VARCHAR', nullable: true },
    { name: 'ccode1', type: 'SMALLINT' },
    { name: 'ccode2', type: 'SMALLINT' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'defense', type: 'BOOLEAN' },
    { name: 'offense', type: 'BOOLEAN' },
    { name: 'neutral', type: 'BOOLEAN' },
    { name: 'nonagg', type: 'BOOLEAN' },
    { name: 'consul', type: 'BOOLEAN' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};
