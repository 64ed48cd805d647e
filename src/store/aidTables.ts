import type { TableSpec } from './table.js';

export const aidUsTable: TableSpec = {
  name: 'aid_us',
  description:
    'US foreign assistance by recipient (ForeignAssistance.gov): obligations FY1946-2024 and disbursements FY2001-2024, US fiscal years (Oct-Sep), current and constant US$; regions and World as recipient_group',
  columns: [
    { name: 'recipient', type: 'VARCHAR', nullable: true },
    { name: 'recipient_group', type: 'VARCHAR', nullable: true },
    { name: 'code', type: 'VARCHAR' },
    { name: 'name', type: 'VARCHAR' },
    { name: 'transaction', type: 'VARCHAR' },
    { name: 'fiscal_year', type: 'SMALLINT' },
    { name: 'transition_quarter', type: 'BOOLEAN' },
    { name: 'current_usd', type: 'DOUBLE' },
    { name: 'constant_usd', type: 'DOUBLE' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export const aidChinaTable: TableSpec = {
  name: 'aid_china',
  description:
    "Chinese development finance by recipient and commitment year (AidData GCDF 3.0 via odadata), constant 2021 US$: ODA-like, other official flows (OOF) and vague official finance, with odadata's _adj variants",
  columns: [
    { name: 'recipient', type: 'VARCHAR' },
    { name: 'cow', type: 'SMALLINT' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'oda_usd2021', type: 'DOUBLE' },
    { name: 'oof_usd2021', type: 'DOUBLE' },
    { name: 'vague_usd2021', type: 'DOUBLE' },
    { name: 'oda_adj_usd2021', type: 'DOUBLE' },
    { name: 'oof_adj_usd2021', type: 'DOUBLE' },
    { name: 'vague_adj_usd2021', type: 'DOUBLE' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};
