import type { TripRecord, VisitRecord } from '../visits/records.js';
import type { CellValue, TableSpec } from './table.js';

export const visitsTable: TableSpec = {
  name: 'visits',
  description:
    'Visits to the US by foreign leaders (Office of the Historian), one row per <visit>, with the visit type read from the description',
  columns: [
    { name: 'id', type: 'INTEGER' },
    { name: 'start_date', type: 'DATE' },
    { name: 'end_date', type: 'DATE' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'visitor', type: 'VARCHAR' },
    { name: 'role', type: 'VARCHAR', nullable: true },
    { name: 'country', type: 'VARCHAR' },
    { name: 'slug', type: 'VARCHAR' },
    { name: 'country_label', type: 'VARCHAR' },
    { name: 'type', type: 'VARCHAR' },
    { name: 'type_matched', type: 'VARCHAR', nullable: true },
    { name: 'description', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_position', type: 'INTEGER' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export const travelsTable: TableSpec = {
  name: 'travels',
  description:
    'Trips abroad by US presidents and secretaries of state (Office of the Historian), one row per <trip>',
  columns: [
    { name: 'id', type: 'INTEGER' },
    { name: 'role', type: 'VARCHAR' },
    { name: 'who', type: 'VARCHAR' },
    { name: 'name', type: 'VARCHAR' },
    { name: 'start_date', type: 'DATE' },
    { name: 'end_date', type: 'DATE' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'country', type: 'VARCHAR' },
    { name: 'slug', type: 'VARCHAR' },
    { name: 'country_label', type: 'VARCHAR' },
    { name: 'locale', type: 'VARCHAR' },
    { name: 'remarks', type: 'VARCHAR' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_position', type: 'INTEGER' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* visitRows(visits: readonly VisitRecord[]): Generator<readonly CellValue[]> {
  for (const v of visits) {
    yield [
      v.id,
      v.startDate,
      v.endDate,
      v.year,
      v.visitor,
      v.role,
      v.country,
      v.slug,
      v.countryLabel,
      v.type,
      v.typeMatched,
      v.description,
      v.sourceFile,
      v.sourcePosition,
      v.sourceLine,
    ];
  }
}

export function* tripRows(trips: readonly TripRecord[]): Generator<readonly CellValue[]> {
  for (const t of trips) {
    yield [
      t.id,
      t.role,
      t.who,
      t.name,
      t.startDate,
      t.endDate,
      t.year,
      t.country,
      t.slug,
      t.countryLabel,
      t.locale,
      t.remarks,
      t.sourceFile,
      t.sourcePosition,
      t.sourceLine,
    ];
  }
}
