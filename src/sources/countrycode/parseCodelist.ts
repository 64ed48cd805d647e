import type { Country } from '../../countries/country.js';
import { historicalStates } from '../../countries/historical.js';
import { InputError } from '../../errors.js';
import { columns, parseCsv } from '../csv/readCsv.js';

const wanted = [
  'country.name.en',
  'country.name.en.regex',
  'iso2c',
  'iso3c',
  'iso3n',
  'un',
  'cown',
  'cowc',
  'imf',
  'wb',
  'continent',
  'region',
  'un.region.name',
  'un.regionsub.name',
  'un.name.en',
  'iso.name.en',
  'cow.name',
  'p4.name',
] as const;

/**
 * Parses countrycode's codelist (codelist_without_cldr.csv) into the concordance: every row with an
 * ISO3 code, plus the historical states bearing keeps ids of its own (codes taken from their rows
 * where the codelist has one). Sub-national and pre-1900 rows without ISO3 are left out.
 */
export function parseCodelist(text: string, file: string): Country[] {
  const table = parseCsv(text, file);
  const col = columns(table, wanted);
  const byName = new Map<string, { line: number; values: string[] }>();
  const countries: Country[] = [];
  const seen = new Set<string>();
  for (const rec of table.records) {
    const v = rec.values;
    const get = (k: (typeof wanted)[number]) => v[col[k]].trim();
    byName.set(get('country.name.en'), rec);
    const iso3 = get('iso3c');
    if (!iso3) continue;
    if (!/^[A-Z]{3}$/.test(iso3)) {
      throw new InputError(`invalid ISO3 code '${iso3}'`, {
        location: { file, line: rec.line, field: 'iso3c' },
      });
    }
    if (seen.has(iso3)) {
      throw new InputError(`duplicate ISO3 code '${iso3}'`, {
        location: { file, line: rec.line, field: 'iso3c' },
      });
    }
    seen.add(iso3);
    const num = (k: (typeof wanted)[number]) => parseCode(get(k), file, rec.line, k);
    const aliases = unique(
      [get('un.name.en'), get('iso.name.en'), get('cow.name'), get('p4.name')].filter(
        (a) => a && a !== get('country.name.en'),
      ),
    );
    countries.push({
      id: iso3,
      name: get('country.name.en'),
      iso2: get('iso2c') || null,
      iso3,
      m49: num('un') ?? num('iso3n'),
      cown: num('cown'),
      cowc: get('cowc') || null,
      imf: num('imf'),
      wb: get('wb') || null,
      continent: get('continent') || null,
      region: get('region') || null,
      unRegion: get('un.region.name') || null,
      unSubregion: get('un.regionsub.name') || null,
      pattern: get('country.name.en.regex') || null,
      aliases,
      historical: false,
      from: null,
      to: null,
    });
  }
  for (const h of historicalStates) {
    const rec = h.codelistName ? byName.get(h.codelistName) : undefined;
    if (h.codelistName && !rec) {
      throw new InputError(`historical state '${h.codelistName}' not found in the codelist`, {
        location: { file, field: 'country.name.en' },
      });
    }
    const get = (k: (typeof wanted)[number]) => (rec ? rec.values[col[k]].trim() : '');
    const num = (k: (typeof wanted)[number]) => (rec ? parseCode(get(k), file, rec.line, k) : null);
    countries.push({
      id: h.id,
      name: h.name,
      iso2: h.iso2 ?? null,
      iso3: null,
      m49: h.m49 ?? num('un'),
      cown: h.cown ?? num('cown'),
      cowc: h.cowc ?? (get('cowc') || null),
      imf: h.imf ?? num('imf'),
      wb: get('wb') || null,
      continent: h.continent ?? (get('continent') || null),
      region: h.region ?? (get('region') || null),
      unRegion: h.unRegion ?? null,
      unSubregion: h.unSubregion ?? null,
      pattern: h.pattern,
      aliases: unique([
        ...(h.aliases ?? []),
        ...(h.codelistName && h.codelistName !== h.name ? [h.codelistName] : []),
      ]),
      historical: h.to !== null,
      from: h.from,
      to: h.to,
    });
  }
  return countries;
}

function parseCode(raw: string, file: string, line: number, field: string): number | null {
  if (raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new InputError(`expected a non-negative integer code, found '${raw}'`, {
      location: { file, line, field },
    });
  }
  return n;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
