import { toUsd, unitsPerUsd } from '../../currencies/usdRates.js';
import { InputError, type InputLocation } from '../../errors.js';
import type { LenderCategory, LoanRecord } from '../../finance/loanRecord.js';
import { columns, parseCsv } from '../csv/readCsv.js';
import { registerCreditorCountries, splitCreditors } from './creditors.js';

const wanted = [
  'loan_ref_number',
  'loan_title',
  'creditor_name',
  'creditor_category',
  'borrower_category',
  'borrower_name',
  'agreement_date',
  'maturity_date',
  'org_financed_amount',
  'revised_financed_amount',
  'curr',
  'amount_outstanding_as_at_30_06_2023_fx',
] as const;

/** The register's reference date for outstanding amounts. */
export const registerOutstandingDate = '2023-06-30';
/** Outstanding amounts are converted at this year's annual average rate. */
export const registerOutstandingFxYear = 2023;

/**
 * The register's currency codes that are not ISO 4217. `JPK` is thousands of Japanese yen: the
 * Mombasa Port Development loan of 2007, JICA's ¥26.711 billion, is printed 26,711,000.00 JPK.
 */
const currencyUnits: Record<string, { code: string; factor: number }> = {
  JPK: { code: 'JPY', factor: 1000 },
};

const categories: Record<string, LenderCategory> = {
  Multilateral: 'multilateral',
  Bilateral: 'bilateral',
  'Export Credit': 'bilateral',
  'Commercial Bank': 'commercial',
  'Buyers Credit': 'commercial',
  'Financial Institution': 'commercial',
};

/**
 * Placeholders the register prints for the original amount of loans converted from legacy
 * currencies (0.01, 0.10, 1.00) or of DSSI rescheduling loans ('-'): the revised amount is used.
 */
const placeholderMax = 1;

/**
 * Parses the raw Kenya Treasury external debt register (FY2022/23, CSV extracted from the PDF):
 * one record a loan, amounts in the loan's currency converted to US dollars at the annual average
 * rate of the agreement year (src/currencies/usdRates.ts). Cells the PDF extraction split are
 * repaired by the rules documented in docs/data/finance.md; anything else malformed throws with
 * file, line and field, so one bad row stores nothing of the file.
 */
export function parseRegister(text: string, file: string): LoanRecord[] {
  const table = parseCsv(text, file);
  const col = columns(table, wanted);
  const creditorNames = Object.keys(registerCreditorCountries).sort((a, b) => b.length - a.length);
  const refs = new Set<string>();
  /** The financed amount as printed (before unit factors), for spotting repeated commitments. */
  const printed: number[] = [];
  const records = table.records.map((rec): LoanRecord => {
    const get = (k: (typeof wanted)[number]) => rec.values[col[k]];
    const at = (field: string): InputLocation => ({ file, line: rec.line, field });
    const ref = get('loan_ref_number').trim();
    if (!/^\d{7}_\d+$/.test(ref)) {
      throw new InputError(`invalid loan reference '${ref}'`, { location: at('loan_ref_number') });
    }
    if (refs.has(ref))
      throw new InputError(`duplicate loan reference '${ref}'`, { location: at('loan_ref_number') });
    refs.add(ref);

    let title = get('loan_title');
    let creditor = get('creditor_name').trim();
    let category = get('creditor_category').trim();
    // Rule 1: the creditor's name spilled into the category cell ("<bank> Commercial Bank").
    const spilled = /^(.+\S)\s+Commercial Bank$/.exec(category);
    if (spilled) {
      if (creditor) title = `${title.trimEnd()} ${creditor}`;
      creditor = spilled[1];
      category = 'Commercial Bank';
    }
    // Rule 2: a name split between the end of the title and the creditor cell.
    const split = splitCreditors.find((s) => s.tail === creditor && s.head.test(title));
    if (split) {
      title = title.replace(split.head, '');
      creditor = split.name;
    }
    // Rule 3: the creditor cell empty, its name at the end of the title.
    if (!creditor) {
      const name = creditorNames.find((n) => title.trimEnd().endsWith(n));
      if (!name) throw new InputError('empty creditor name', { location: at('creditor_name') });
      title = title.trimEnd().slice(0, -name.length);
      creditor = name;
    }
    // Rule 4: the end of the title at the start of the creditor cell, before a known name.
    if (!(creditor in registerCreditorCountries)) {
      const name = creditorNames.find((n) => creditor.endsWith(` ${n}`));
      if (name) {
        title = `${title.trimEnd()} ${creditor.slice(0, -name.length).trim()}`;
        creditor = name;
      }
    }
    if (!(creditor in registerCreditorCountries)) {
      throw new InputError(`unknown creditor '${creditor}'`, {
        location: at('creditor_name'),
        hint: 'add it with its country to src/sources/kenyaRegister/creditors.ts',
      });
    }
    title = title.replace(/\s+/g, ' ').trim();
    if (!title) throw new InputError('empty loan title', { location: at('loan_title') });
    let lenderCategory = categories[category];
    if (!lenderCategory) {
      throw new InputError(`unknown creditor category '${category}'`, {
        location: at('creditor_category'),
        hint: `one of ${Object.keys(categories).join(', ')}`,
      });
    }
    if (/sovereign bond/i.test(title)) lenderCategory = 'bonds';

    const date = parseDate(get('agreement_date'), at('agreement_date'));
    const maturityDate = parseDate(get('maturity_date'), at('maturity_date'));
    const year = Number(date.slice(0, 4));
    const rawCurrency = get('curr').trim().toUpperCase();
    const unit = currencyUnits[rawCurrency] ?? { code: rawCurrency, factor: 1 };
    const currency = unit.code;
    const original = parseAmount(get('org_financed_amount'), at('org_financed_amount'));
    const revised = parseAmount(get('revised_financed_amount'), at('revised_financed_amount'));
    const placeholder = original <= placeholderMax;
    printed.push(placeholder ? revised : original);
    const amount = inUnits(placeholder ? revised : original, unit.factor);
    if (!(amount > 0)) {
      throw new InputError('no positive financed amount (original or revised)', {
        location: at(placeholder ? 'revised_financed_amount' : 'org_financed_amount'),
      });
    }
    const fxRate = unitsPerUsd(currency, year, at('curr'));
    const outstanding = inUnits(
      parseAmount(
        get('amount_outstanding_as_at_30_06_2023_fx'),
        at('amount_outstanding_as_at_30_06_2023_fx'),
      ),
      unit.factor,
    );
    const lenderCountry = lenderCategory === 'bonds' ? null : registerCreditorCountries[creditor];
    return {
      source: 'kenya-register',
      ref,
      project: title,
      lender: lenderCategory === 'bonds' ? `Bondholders (lead manager ${creditor})` : creditor,
      lenderCategory,
      lenderCountry,
      borrower: get('borrower_name').replace(/\s+/g, ' ').trim() || null,
      borrowerCountry: 'KEN',
      borrowerGroup: null,
      year,
      date,
      maturityDate,
      currency,
      amount,
      amountBasis: placeholder ? 'revised' : 'original',
      amountUsd: amount / fxRate,
      repeatOf: null,
      fxYear: year,
      fxRate,
      outstanding,
      outstandingUsd: toUsd(outstanding, currency, registerOutstandingFxYear, at('curr')),
      outstandingDate: registerOutstandingDate,
      sector: null,
      sourceFile: file,
      sourceLine: rec.line,
    } satisfies LoanRecord;
  });
  markRepeatedCommitments(records, printed);
  return records;
}

/**
 * The register prints a facility's financed amount on every row of the facility (tranches,
 * currencies of disbursement): rows share the reference number before the underscore. A row whose
 * financed amount is printed as the same figure as the facility's first row (whatever the
 * currency column says) repeats that commitment: its amount is set to null and `repeatOf` names
 * the first row, so sums count it once. `printed[i]` is record i's amount as printed.
 */
export function markRepeatedCommitments(records: LoanRecord[], printed: readonly number[]): void {
  const first = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    const facility = r.ref.split('_')[0];
    const head = first.get(facility);
    if (head === undefined) {
      first.set(facility, i);
      continue;
    }
    if (records[head].amount !== null && printed[i] === printed[head]) {
      r.amount = null;
      r.amountUsd = null;
      r.repeatOf = records[head].ref;
    }
  }
}

/** A register amount in whole currency units, to the cent (thousands of yen times 1,000). */
function inUnits(x: number, factor: number): number {
  return factor === 1 ? x : Math.round(x * factor * 100) / 100;
}

/**
 * An amount as the register prints it: thousands separators, two decimals, `-` for zero and
 * parentheses for a negative ("(1,234.50)").
 */
export function parseAmount(text: string, location: InputLocation): number {
  const s = text.trim();
  if (s === '-') return 0;
  const m = /^(\()?(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?(\))?$/.exec(s);
  if (!m || Boolean(m[1]) !== Boolean(m[4])) {
    throw new InputError(`unparseable amount '${text}'`, {
      location,
      hint: "expected a number like 1,234,567.89, '-' for zero or (1,234.50) for a negative",
    });
  }
  const value = Number(`${m[2].replace(/,/g, '')}${m[3] ?? ''}`);
  return m[1] ? -value : value;
}

/** A dd/mm/yyyy date as ISO yyyy-mm-dd, checked for a real calendar day. */
export function parseDate(text: string, location: InputLocation): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (m) {
    const iso = `${m[3]}-${m[2]}-${m[1]}`;
    const d = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso) return iso;
  }
  throw new InputError(`invalid date '${text}'`, { location, hint: 'expected dd/mm/yyyy' });
}
