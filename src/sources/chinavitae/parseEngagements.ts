import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import type { EngagementRecord } from '../../visits/engagements.js';
import { columns, parseCsv } from '../csv/readCsv.js';
import { chineseLeader } from './leaders.js';

export type { EngagementRecord };

const wanted = ['date', 'year', 'country', 'leader', 'text'] as const;

/**
 * Names the scraper used that the concordance does not know as such: parts of the UK are filed
 * under the UK (the meetings are with British officials); "Antigua" is Antigua and Barbuda.
 */
export const countryAliases: Readonly<Record<string, string>> = {
  England: 'GBR',
  Wales: 'GBR',
  Scotland: 'GBR',
  Antigua: 'ATG',
  Micronesia: 'FSM',
  'East Timor': 'TLS',
  Macedonia: 'MKD',
  'Republic of the Congo': 'COG',
  'Democratic Republic of the Congo': 'COD',
};

/**
 * Parses all_engagements_2003-2018 (China Vitae via G. B. Walker): date MM/DD/YY, year, country,
 * leader, text. Strict: a bad date, a year that is not the date's, an unknown leader or country, or an
 * empty text throws with file, line and field, so a file with one bad row yields nothing.
 */
export function parseEngagements(text: string, file: string, concordance: Concordance): EngagementRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, wanted);
  const resolved = new Map<string, string>();
  const out: EngagementRecord[] = [];
  for (const rec of table.records) {
    const get = (k: (typeof wanted)[number]) => rec.values[col[k]];
    const at = (field: string) => ({ file, line: rec.line, field });
    const date = parseUsDate(get('date').trim(), at('date'));
    const yearText = get('year').trim();
    if (!/^\d{4}$/.test(yearText) || Number(yearText) !== Number(date.slice(0, 4))) {
      throw new InputError(`year '${yearText}' is not the year of the date ${date}`, {
        location: at('year'),
      });
    }
    const leader = get('leader').trim();
    if (!chineseLeader(leader)) {
      throw new InputError(`unknown leader '${leader}'`, {
        location: at('leader'),
        hint: 'the table covers Hu Jintao, Xi Jinping, Wen Jiabao, Li Keqiang, Li Zhaoxing, Yang Jiechi, Wang Yi',
      });
    }
    const countryName = get('country').trim();
    let country = resolved.get(countryName);
    if (country === undefined) {
      country = countryAliases[countryName] ?? concordance.resolve(countryName, at('country')).id;
      resolved.set(countryName, country);
    }
    const body = get('text').replace(/\s+/g, ' ').trim();
    if (!body) throw new InputError('empty text', { location: at('text') });
    out.push({
      date,
      year: Number(yearText),
      countryName,
      country,
      leader,
      text: body,
      sourceFile: file,
      sourceLine: rec.line,
    });
  }
  return out;
}

/** MM/DD/YY (all in 2000-2099) to an ISO date; an impossible day throws. */
export function parseUsDate(s: string, location: { file?: string; line?: number; field?: string }): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(s);
  if (!m) throw new InputError(`expected a date MM/DD/YY, got '${s}'`, { location });
  const iso = `20${m[3]}-${m[1]}-${m[2]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw new InputError(`impossible date '${s}'`, { location });
  }
  return iso;
}
