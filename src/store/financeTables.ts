import { rateRows } from '../currencies/usdRates.js';
import type { DebtRecord } from '../finance/debtRecord.js';
import type { LoanRecord } from '../finance/loanRecord.js';
import type { CellValue, TableSpec } from './table.js';

export const debtCreditorsTable: TableSpec = {
  name: 'debt_creditors',
  description:
    'World Bank IDS public and publicly guaranteed external debt of African debtors by creditor and category: stocks 2000-2024, service 2000-2030 (projected after 2024), current US$',
  columns: [
    { name: 'measure', type: 'VARCHAR' },
    { name: 'debtor', type: 'VARCHAR', nullable: true },
    { name: 'debtor_group', type: 'VARCHAR', nullable: true },
    { name: 'debtor_name', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'category', type: 'VARCHAR' },
    { name: 'creditor_name', type: 'VARCHAR' },
    { name: 'creditor_kind', type: 'VARCHAR' },
    { name: 'creditor_country', type: 'VARCHAR', nullable: true },
    { name: 'value_usd', type: 'DOUBLE' },
    { name: 'projected', type: 'BOOLEAN' },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* debtRows(records: readonly DebtRecord[]): Generator<readonly CellValue[]> {
  for (const r of records) {
    yield [
      r.measure,
      r.debtor,
      r.debtorGroup,
      r.debtorName,
      r.year,
      r.category,
      r.creditorName,
      r.creditorKind,
      r.creditorCountry,
      r.value,
      r.projected,
      r.sourceFile,
      r.sourceLine,
    ];
  }
}

export const loansTable: TableSpec = {
  name: 'loans',
  description:
    'Loan records: Kenya external debt register FY2022/23, Chinese Loans to Africa 2000-2020, BU overseas development finance 2008-2019; amounts converted to US$ at annual average rates (fx_rates)',
  columns: [
    { name: 'source', type: 'VARCHAR' },
    { name: 'ref', type: 'VARCHAR' },
    { name: 'project', type: 'VARCHAR' },
    { name: 'lender', type: 'VARCHAR' },
    { name: 'lender_category', type: 'VARCHAR' },
    { name: 'lender_country', type: 'VARCHAR', nullable: true },
    { name: 'borrower', type: 'VARCHAR', nullable: true },
    { name: 'borrower_country', type: 'VARCHAR', nullable: true },
    { name: 'borrower_group', type: 'VARCHAR', nullable: true },
    { name: 'year', type: 'SMALLINT' },
    { name: 'date', type: 'DATE', nullable: true },
    { name: 'maturity_date', type: 'DATE', nullable: true },
    { name: 'currency', type: 'VARCHAR' },
    { name: 'amount', type: 'DOUBLE', nullable: true },
    { name: 'amount_basis', type: 'VARCHAR' },
    { name: 'amount_usd', type: 'DOUBLE', nullable: true },
    { name: 'fx_year', type: 'SMALLINT' },
    { name: 'fx_rate', type: 'DOUBLE' },
    { name: 'repeat_of', type: 'VARCHAR', nullable: true },
    { name: 'outstanding', type: 'DOUBLE', nullable: true },
    { name: 'outstanding_usd', type: 'DOUBLE', nullable: true },
    { name: 'outstanding_date', type: 'DATE', nullable: true },
    { name: 'sector', type: 'VARCHAR', nullable: true },
    { name: 'source_file', type: 'VARCHAR' },
    { name: 'source_line', type: 'INTEGER' },
  ],
};

export function* loanRows(records: readonly LoanRecord[]): Generator<readonly CellValue[]> {
  for (const r of records) {
    yield [
      r.source,
      r.ref,
      r.project,
      r.lender,
      r.lenderCategory,
      r.lenderCountry,
      r.borrower,
      r.borrowerCountry,
      r.borrowerGroup,
      r.year,
      r.date,
      r.maturityDate,
      r.currency,
      r.amount,
      r.amountBasis,
      r.amountUsd,
      r.fxYear,
      r.fxRate,
      r.repeatOf,
      r.outstanding,
      r.outstandingUsd,
      r.outstandingDate,
      r.sector,
      r.sourceFile,
      r.sourceLine,
    ];
  }
}

export const fxRatesTable: TableSpec = {
  name: 'fx_rates',
  description:
    'Annual average exchange rates (currency units per US$) used to convert loan amounts, with sources',
  columns: [
    { name: 'currency', type: 'VARCHAR' },
    { name: 'year', type: 'SMALLINT' },
    { name: 'units_per_usd', type: 'DOUBLE' },
    { name: 'source', type: 'VARCHAR' },
    { name: 'verified', type: 'BOOLEAN' },
  ],
};

/** The rates actually used by the loans (currency and year pairs), so the snapshot stays small. */
export function* fxRows(used: ReadonlySet<string>): Generator<readonly CellValue[]> {
  for (const r of rateRows()) {
    if (used.has(`${r.currency}:${r.year}`)) yield [r.currency, r.year, r.unitsPerUsd, r.source, r.verified];
  }
}
