import type { DuckDBConnection } from '@duckdb/node-api';
import type { Country } from '../countries/country.js';
import type { CellValue, TableSpec } from './table.js';

export const countriesTable: TableSpec = {
  name: 'countries',
  description: 'Country concordance: canonical id (ISO3 or historical id), codes, names, regions',
  columns: [
    { name: 'id', type: 'VARCHAR' },
    { name: 'name', type: 'VARCHAR' },
    { name: 'iso2', type: 'VARCHAR', nullable: true },
    { name: 'iso3', type: 'VARCHAR', nullable: true },
    { name: 'm49', type: 'INTEGER', nullable: true },
    { name: 'cown', type: 'INTEGER', nullable: true },
    { name: 'cowc', type: 'VARCHAR', nullable: true },
    { name: 'imf', type: 'INTEGER', nullable: true },
    { name: 'wb', type: 'VARCHAR', nullable: true },
    { name: 'continent', type: 'VARCHAR', nullable: true },
    { name: 'region', type: 'VARCHAR', nullable: true },
    { name: 'un_region', type: 'VARCHAR', nullable: true },
    { name: 'un_subregion', type: 'VARCHAR', nullable: true },
    { name: 'pattern', type: 'VARCHAR', nullable: true },
    { name: 'aliases', type: 'VARCHAR' },
    { name: 'historical', type: 'BOOLEAN' },
    { name: 'valid_from', type: 'VARCHAR', nullable: true },
    { name: 'valid_to', type: 'VARCHAR', nullable: true },
  ],
};

export function countryRows(countries: readonly Country[]): (readonly CellValue[])[] {
  return countries.map((c) => [
    c.id,
    c.name,
    c.iso2,
    c.iso3,
    c.m49,
    c.cown,
    c.cowc,
    c.imf,
    c.wb,
    c.continent,
    c.region,
    c.unRegion,
    c.unSubregion,
    c.pattern,
    c.aliases.join('|'),
    c.historical,
    c.from,
    c.to,
  ]);
}

export async function readCountries(connection: DuckDBConnection): Promise<Country[]> {
  const reader = await connection.runAndReadAll('SELECT * FROM countries ORDER BY historical, id');
  return reader.getRowObjectsJS().map((r) => ({
    id: String(r.id),
    name: String(r.name),
    iso2: (r.iso2 as string | null) ?? null,
    iso3: (r.iso3 as string | null) ?? null,
    m49: (r.m49 as number | null) ?? null,
    cown: (r.cown as number | null) ?? null,
    cowc: (r.cowc as string | null) ?? null,
    imf: (r.imf as number | null) ?? null,
    wb: (r.wb as string | null) ?? null,
    continent: (r.continent as string | null) ?? null,
    region: (r.region as string | null) ?? null,
    unRegion: (r.un_region as string | null) ?? null,
    unSubregion: (r.un_subregion as string | null) ?? null,
    pattern: (r.pattern as string | null) ?? null,
    aliases: String(r.aliases) ? String(r.aliases).split('|') : [],
    historical: Boolean(r.historical),
    from: (r.valid_from as string | null) ?? null,
    to: (r.valid_to as string | null) ?? null,
  }));
}
