import { InputError } from '../../errors.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/** One row of troopdata's country-year table: US active-duty personnel in a place in a year. */
export interface TroopRow {
  line: number;
  /** DMDC's place name as troopdata spells it ("Bosnia & Herzegovina", "Guam"). */
  name: string;
  year: number;
  /** COW code; troopdata gives places that are no COW state codes of 1000 and above. */
  ccode: number | null;
  /** ISO3, null where troopdata has NA (territories, historical states). */
  iso3: string | null;
  /** Active duty (troops_ad); null when NA. */
  troops: number | null;
}

/**
 * Michael Flynn's `troopdata` rebuild (data-raw/troopdata-rebuild-country-year.csv). Only the
 * active-duty total is read; branches, reserves and civilians are left. "NA" is missing.
 */
export function parseTroops(text: string, file: string): TroopRow[] {
  const table = parseCsv(text, file);
  const col = columns(table, ['countryname', 'year', 'ccode', 'iso3c', 'troops_ad'] as const);
  const out: TroopRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const name = v[col.countryname].trim();
    if (name === '') throw new InputError('empty country name', { location: at('countryname') });
    const yText = v[col.year].trim();
    const year = Number(yText);
    if (!/^\d{4}$/.test(yText) || year < 1900 || year > 2100)
      throw new InputError(`year must be a year from 1900 to 2100, got '${yText}'`, { location: at('year') });
    const cText = v[col.ccode].trim();
    if (cText !== 'NA' && cText !== '' && !/^\d{1,6}$/.test(cText))
      throw new InputError(`ccode must be a COW number or NA, got '${cText}'`, { location: at('ccode') });
    const iText = v[col.iso3c].trim();
    if (iText !== 'NA' && iText !== '' && !/^[A-Z]{3}$/.test(iText))
      throw new InputError(`iso3c must be three capital letters or NA, got '${iText}'`, {
        location: at('iso3c'),
      });
    const tText = v[col.troops_ad].trim();
    if (tText !== 'NA' && tText !== '' && !/^\d{1,9}$/.test(tText))
      throw new InputError(`troops_ad must be a whole number or NA, got '${tText}'`, {
        location: at('troops_ad'),
      });
    const key = `${name}\u0000${year}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw new InputError(`second row for ${name} in ${year} (first at line ${first})`, {
        location: at('year'),
      });
    seen.set(key, rec.line);
    out.push({
      line: rec.line,
      name,
      year,
      ccode: cText === 'NA' || cText === '' ? null : Number(cText),
      iso3: iText === 'NA' || iText === '' ? null : iText,
      troops: tText === 'NA' || tText === '' ? null : Number(tText),
    });
  }
  if (out.length === 0) throw new InputError('no data rows', { location: { file, line: 2 } });
  return out;
}
