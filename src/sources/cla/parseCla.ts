import type { Concordance } from '../../countries/concordance.js';
import { InputError } from '../../errors.js';
import { chineseUsdLoan, type LoanRecord } from '../../finance/loanRecord.js';
import { columns, parseCsv } from '../csv/readCsv.js';
import { parseUsdAmount } from './amount.js';
import { chineseLenderCategory } from './lenders.js';

const wanted = ['S.no', 'Project', 'Year', 'Lender', '$ Allocation', 'Country', 'Invested On'] as const;

/** Borrowers the database names that are not one country: kept as named groups, never as a country. */
export const claGroups = new Set(['Regional']);

/**
 * Parses the Chinese Loans to Africa database (2000-2020 edition, Kaggle copy): one record a loan,
 * every lender Chinese by construction of the database. Amounts are text ("$90M", "$1.2B") and are
 * parsed strictly; a bad amount, year or country throws with file, line and field, so a file with
 * one bad row yields nothing.
 */
export function parseCla(text: string, file: string, concordance: Concordance): LoanRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, wanted);
  const out: LoanRecord[] = [];
  const refs = new Set<string>();
  const resolved = new Map<string, string>();
  for (const rec of table.records) {
    const get = (k: (typeof wanted)[number]) => rec.values[col[k]].trim();
    const at = (field: string) => ({ file, line: rec.line, field });
    const ref = get('S.no');
    if (!/^\d+$/.test(ref)) throw new InputError(`invalid row number '${ref}'`, { location: at('S.no') });
    if (refs.has(ref)) throw new InputError(`duplicate row number '${ref}'`, { location: at('S.no') });
    refs.add(ref);
    const year = parseYear(get('Year'), at('Year'), 2000, 2020);
    const amountUsd = parseUsdAmount(get('$ Allocation'), at('$ Allocation'));
    const place = get('Country');
    const group = claGroups.has(place) ? place : null;
    let borrowerCountry: string | null = null;
    if (!group) {
      borrowerCountry = resolved.get(place) ?? concordance.resolve(place, at('Country')).id;
      resolved.set(place, borrowerCountry);
    }
    const lender = get('Lender');
    if (!lender) throw new InputError('empty lender', { location: at('Lender') });
    const project = get('Project');
    if (!project) throw new InputError('empty project', { location: at('Project') });
    out.push(
      chineseUsdLoan({
        source: 'cla',
        ref,
        project,
        lender,
        lenderCategory: chineseLenderCategory(lender),
        borrower: null,
        borrowerCountry,
        borrowerGroup: group,
        year,
        amountUsd,
        sector: get('Invested On') || null,
        sourceFile: file,
        sourceLine: rec.line,
      }),
    );
  }
  return out;
}

export function parseYear(
  s: string,
  location: { file: string; line: number; field: string },
  min: number,
  max: number,
): number {
  if (!/^\d{4}$/.test(s) || Number(s) < min || Number(s) > max) {
    throw new InputError(`invalid year '${s}'`, { location, hint: `expected ${min}-${max}` });
  }
  return Number(s);
}
