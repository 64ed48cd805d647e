import { InputError } from '../../errors.js';
import { columns, parseCsv } from '../csv/readCsv.js';

/**
 * One line of the SIPRI Arms Transfers Database trade register ("deliveries" export): one deal's
 * deliveries in one year. Only what the aggregates need is kept; the register itself is never
 * stored (SIPRI's terms: cite, do not redistribute more than a tenth).
 */
export interface SipriDelivery {
  /** 1-based physical line in the register file. */
  line: number;
  dealId: number;
  supplier: string;
  recipient: string;
  /** Year of delivery. */
  year: number;
  /** SIPRI marks the delivery year as estimated. */
  yearEstimated: boolean;
  /** TIV of the weapons delivered that year, millions; null when SIPRI identified no deliveries (empty field). */
  tiv: number | null;
}

/** The first words of a register export (line 1), how a file is recognised. */
export const registerTitle = 'Transfers of major conventional arms';
const headerStart = 'SIPRI AT Database ID';
const required = [
  'SIPRI AT Database ID',
  'Supplier',
  'Recipient',
  'Delivery year',
  'Delivery year is estimate',
  'TIV delivery values',
] as const;
const numberPattern = /^(?:\d+\.?\d*|\.\d+)$/;

/**
 * Parses the register export: a title block (11 lines in the 2026 export; found by the column header
 * line, not by count), then a comma-separated table whose every line ends with ';'. Errors name the
 * file, the physical line and the column.
 */
export function parseSipriRegister(text: string, file: string): SipriDelivery[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  if (!lines[0]?.startsWith(registerTitle)) {
    throw new InputError(`not a SIPRI trade register export: line 1 must start '${registerTitle}'`, {
      location: { file, line: 1 },
    });
  }
  const headerAt = lines.findIndex((l, i) => i < 40 && l.startsWith(headerStart));
  if (headerAt < 0) {
    throw new InputError(`no column header line starting '${headerStart}' in the first 40 lines`, {
      location: { file, line: 1, field: headerStart },
    });
  }
  // Blank the title block (keeping line numbers) and drop each line's closing ';'.
  const body = lines.map((raw, i) => {
    if (i < headerAt) return '';
    const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (l === '') return l;
    if (!l.endsWith(';')) {
      throw new InputError("a register line must end with ';'", { location: { file, line: i + 1 } });
    }
    return l.slice(0, -1);
  });
  const table = parseCsv(body.join('\n'), file);
  const col = columns(table, required);
  const out: SipriDelivery[] = [];
  const seen = new Map<string, number>();
  for (const rec of table.records) {
    const v = rec.values;
    const at = (field: string) => ({ file, line: rec.line, field });
    const idText = v[col['SIPRI AT Database ID']].trim();
    if (!/^\d{1,9}$/.test(idText))
      throw new InputError(`deal id must be a whole number, got '${idText}'`, {
        location: at('SIPRI AT Database ID'),
      });
    const supplier = v[col.Supplier].trim();
    const recipient = v[col.Recipient].trim();
    if (supplier === '') throw new InputError('empty supplier', { location: at('Supplier') });
    if (recipient === '') throw new InputError('empty recipient', { location: at('Recipient') });
    const yText = v[col['Delivery year']].trim();
    const year = Number(yText);
    if (!/^\d{4}$/.test(yText) || year < 1950 || year > 2100)
      throw new InputError(`delivery year must be a year from 1950 to 2100, got '${yText}'`, {
        location: at('Delivery year'),
      });
    const est = v[col['Delivery year is estimate']].trim();
    if (est !== 'Yes' && est !== 'No' && est !== '')
      throw new InputError(`expected Yes, No or empty, got '${est}'`, {
        location: at('Delivery year is estimate'),
      });
    const tText = v[col['TIV delivery values']].trim();
    if (tText !== '' && !numberPattern.test(tText))
      throw new InputError(`TIV must be a non-negative number or empty, got '${tText}'`, {
        location: at('TIV delivery values'),
      });
    const key = `${idText}:${year}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw new InputError(`deal ${idText} has a second line for ${year} (first at line ${first})`, {
        location: at('Delivery year'),
      });
    seen.set(key, rec.line);
    out.push({
      line: rec.line,
      dealId: Number(idText),
      supplier,
      recipient,
      year,
      yearEstimated: est === 'Yes',
      tiv: tText === '' ? null : Number(tText),
    });
  }
  if (out.length === 0) throw new InputError('no register lines', { location: { file, line: headerAt + 2 } });
  return out;
}
