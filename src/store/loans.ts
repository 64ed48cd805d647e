import { InputError } from '../errors.js';
import type { LoanSource } from '../finance/loanRecord.js';
import { cachedPerStore } from './load.js';
import type { Store } from './open.js';
import { rebuildHint } from './readManifest.js';
import { Where } from './sql.js';

/**
 * One loan table over every loan source (docs/data/finance.md): the Kenya external debt register
 * and the Chinese lending databases, with the US dollar conversion stated on each row.
 */
export interface LoanRow {
  source: LoanSource;
  ref: string;
  year: number;
  lender: string;
  lenderCategory: string;
  lenderCountry: string | null;
  borrowerCountry: string | null;
  borrowerGroup: string | null;
  borrower: string | null;
  project: string;
  sector: string | null;
  currency: string;
  amount: number | null;
  /** Committed amount in US$, at the annual average rate of fxYear (fxRate units per US$). */
  amountUsd: number | null;
  fxYear: number;
  fxRate: number;
  amountBasis: string;
  /** The register row whose commitment this tranche row repeats (counted there). */
  repeatOf: string | null;
  outstandingUsd: number | null;
  sourceFile: string;
  sourceLine: number;
}

/** Loan rows, all of them or one borrower's (a one-shot CLI query reads only what it needs); cached per store. */
export async function loadLoans(store: Store, country?: string): Promise<LoanRow[]> {
  if (!store.has('loans')) {
    throw new InputError('the snapshot has no loans dataset', {
      location: { file: 'data/manifest.json' },
      hint: rebuildHint,
      kind: 'unavailable',
    });
  }
  const all = store.cache.get('loans') as LoanRow[] | undefined;
  if (all) return country === undefined ? all : all.filter((l) => l.borrowerCountry === country);
  const key = country === undefined ? 'loans' : `loans:${country}`;
  return cachedPerStore(store, key, async () => {
    const where = new Where();
    if (country !== undefined) where.add((c) => `borrower_country = ${c}`, country);
    const r = await store.connection.runAndReadAll(
      `SELECT source, ref, year::INTEGER AS year, lender, lender_category, lender_country, borrower_country, borrower_group,
              borrower, project, sector, currency, amount, amount_usd, fx_year::INTEGER AS fx_year, fx_rate, amount_basis,
              repeat_of, outstanding_usd, source_file, source_line::INTEGER AS source_line
       FROM loans ${where.sql} ORDER BY year, source, source_line`,
      where.params,
    );
    return r.getRowObjectsJS().map(
      (x): LoanRow => ({
        source: x.source as LoanSource,
        ref: String(x.ref),
        year: Number(x.year),
        lender: String(x.lender),
        lenderCategory: String(x.lender_category),
        lenderCountry: (x.lender_country as string | null) ?? null,
        borrowerCountry: (x.borrower_country as string | null) ?? null,
        borrowerGroup: (x.borrower_group as string | null) ?? null,
        borrower: (x.borrower as string | null) ?? null,
        project: String(x.project),
        sector: (x.sector as string | null) ?? null,
        currency: String(x.currency),
        amount: x.amount === null ? null : Number(x.amount),
        amountUsd: x.amount_usd === null ? null : Number(x.amount_usd),
        fxYear: Number(x.fx_year),
        fxRate: Number(x.fx_rate),
        amountBasis: String(x.amount_basis),
        repeatOf: (x.repeat_of as string | null) ?? null,
        outstandingUsd: x.outstanding_usd === null ? null : Number(x.outstanding_usd),
        sourceFile: String(x.source_file),
        sourceLine: Number(x.source_line),
      }),
    );
  });
}

/** Every sector name the sources use, whatever the borrower (to tell an unknown sector from an empty answer). */
export async function loanSectors(store: Store): Promise<string[]> {
  return cachedPerStore(store, 'loans:sectors', async () => {
    const r = await store.connection.runAndReadAll(
      'SELECT DISTINCT sector FROM loans WHERE sector IS NOT NULL ORDER BY 1',
    );
    return r.getColumnsJS()[0] as string[];
  });
}
