import type { FreedomRecord, VdemRecord } from '../values/valuesRecord.js';
import type { CellValue, TableSpec } from './table.js';

export const vdemTable: TableSpec = {
  name: 'vdem',
  description:
    'V-Dem electoral (v2x_polyarchy) and liberal (v2x_libdem) democracy indices with their 68% interval bounds (codelow/codehigh), country-years 1946-2024',
  columns: [
    { name: 'country', type: 'VARCHAR', nullable: true },
    { name: 'vdem_id', type: 'VARCHAR' },
    { name: 'name', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'polyarchy', type: 'DOUBLE', nullable: true },
    { name: 'polyarchy_low', type: 'DOUBLE', nullable: true },
    { name: 'polyarchy_high', type: 'DOUBLE', nullable: true },
    { name: 'libdem', type: 'DOUBLE', nullable: true },
    { name: 'libdem_low', type: 'DOUBLE', nullable: true },
    { name: 'libdem_high', type: 'DOUBLE', nullable: true },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* vdemRows(records: readonly VdemRecord[]): Generator<readonly CellValue[]> {
  for (const r of records) {
    yield [
      r.country,
      r.vdemId,
      r.name,
      r.year,
      r.polyarchy?.value ?? null,
      r.polyarchy?.low ?? null,
      r.polyarchy?.high ?? null,
      r.libdem?.value ?? null,
      r.libdem?.low ?? null,
      r.libdem?.high ?? null,
      r.sourceFile,
      r.sourceLine,
    ];
  }
}

export const freedomHouseTable: TableSpec = {
  name: 'freedom_house',
  description:
    'Freedom House, Freedom in the World: political rights and civil liberties ratings (1 most free to 7) and status (F / PF / NF), country-years 1972-2024',
  columns: [
    { name: 'country', type: 'VARCHAR', nullable: true },
    { name: 'name', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'political_rights', type: 'TINYINT' },
    { name: 'civil_liberties', type: 'TINYINT' },
    { name: 'status', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* freedomHouseRows(records: readonly FreedomRecord[]): Generator<readonly CellValue[]> {
  for (const r of records) {
    yield [
      r.country,
      r.name,
      r.year,
      r.politicalRights,
      r.civilLiberties,
      r.status,
      r.sourceFile,
      r.sourceLine,
    ];
  }
}
