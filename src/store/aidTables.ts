import type { AiddataRecord } from '../sources/aiddata/parseAiddata.js';
import type { UsAidRecord } from '../sources/usAid/parseUsAid.js';
import type { CellValue, TableSpec } from './table.js';

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

/** Only obligations and disbursements are kept: budget requests and appropriations are plans, not aid given. */
export function* aidUsRows(records: readonly UsAidRecord[], file: string): Generator<readonly CellValue[]> {
  for (const r of records) {
    if (r.transaction !== 'obligations' && r.transaction !== 'disbursements') continue;
    yield [
      r.recipient,
      r.recipientGroup,
      r.code,
      r.name,
      r.transaction,
      r.fiscalYear,
      r.transitionQuarter,
      r.currentUsd,
      r.constantUsd,
      file,
      r.line,
    ];
  }
}

export function* aidChinaRows(
  records: readonly AiddataRecord[],
  file: string,
): Generator<readonly CellValue[]> {
  for (const r of records) {
    yield [
      r.recipient,
      r.cow,
      r.year,
      r.odaUsd2021,
      r.oofUsd2021,
      r.vagueUsd2021,
      r.odaAdjUsd2021,
      r.oofAdjUsd2021,
      r.vagueAdjUsd2021,
      file,
      r.line,
    ];
  }
}
