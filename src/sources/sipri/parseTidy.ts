import { InputError } from '../../errors.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/** One row of 360info's tidy SIPRI table: TIV (millions) from a supplier to a recipient in a year. */
export interface SipriTidyRow {
  line: number;
  supplier: string;
  recipient: string;
  year: number;
  tiv: number;
}

const numberPattern = /^(?:\d+\.?\d*|\.\d+)$/;

/**
 * 360info's `sipri-exports-processed.csv` (supplier, recipient, year, value, COW codes, coordinates).
 * The COW columns are not read: they give rebel groups the code of the state they fight in
 * ("UNITA (Angola)*" has 540), so parties are resolved by SIPRI's own name and markers (parties.ts).
 */
export function parseSipriTidy(text: string, file: string): SipriTidyRow[] {
  const table = parseCsv(text, file);
  const col = columns(table, ['supplier', 'recipient', 'year', 'value'] as const);
  const out: SipriTidyRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const supplier = v[col.supplier].trim();
    const recipient = v[col.recipient].trim();
    if (supplier === '') throw new InputError('empty supplier', { location: at('supplier') });
    if (recipient === '') throw new InputError('empty recipient', { location: at('recipient') });
    const yText = v[col.year].trim();
    const year = Number(yText);
    if (!/^\d{4}$/.test(yText) || year < 1950 || year > 2100)
      throw new InputError(`year must be a year from 1950 to 2100, got '${yText}'`, { location: at('year') });
    const tText = v[col.value].trim();
    if (!numberPattern.test(tText))
      throw new InputError(`value must be a non-negative number (TIV millions), got '${tText}'`, {
        location: at('value'),
      });
    const key = `${supplier}\u0000${recipient}\u0000${year}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw new InputError(`second row for ${supplier} -> ${recipient} in ${year} (first at line ${first})`, {
        location: at('year'),
      });
    seen.set(key, rec.line);
    out.push({ line: rec.line, supplier, recipient, year, tiv: Number(tText) });
  }
  if (out.length === 0) throw new InputError('no data rows', { location: { file, line: 2 } });
  return out;
}
