import { InputError } from '../errors.js';
import { type LoanSource, loanSources } from '../finance/loanRecord.js';
import type { Store } from '../store/open.js';
import { rebuildHint } from '../store/readManifest.js';

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

export interface LoanFilter {
  /** Borrowing country (concordance id). */
  country?: string;
  /** Lender's country (concordance id). */
  lenderCountry?: string;
  /** Sector, case-insensitive, as the source names it (only CLA and BU have sectors). */
  sectors?: readonly string[];
  /** Words all found in the project or lender (case, spacing and the abbreviations below ignored). */
  search?: string;
  sources?: readonly LoanSource[];
  from?: number;
  to?: number;
}

/** Total committed per source: sources overlap (CLA and BU list the same Chinese loans), so never add them up. */
export interface LoanTotal {
  source: LoanSource;
  loans: number;
  /** Rows with a committed amount (register tranche rows repeating a facility amount have none). */
  counted: number;
  amountUsd: number;
}

/** Abbreviations the sources use for the same project, searched both ways. */
export const searchAbbreviations: Readonly<Record<string, string>> = {
  sgr: 'standard gauge railway',
  nofbi: 'national optic fibre backbone',
};

/** Lower case, single spaces, hyphens and punctuation as spaces: "Nairobi-Naivasha  SGR" -> "nairobi naivasha sgr". */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every way of writing a search: itself, with abbreviations expanded, and with long forms abbreviated. */
export function searchForms(search: string): string[] {
  const q = normalizeText(search);
  const forms = new Set([q]);
  for (const [short, long] of Object.entries(searchAbbreviations)) {
    if (new RegExp(`\\b${short}\\b`).test(q)) forms.add(q.replace(new RegExp(`\\b${short}\\b`, 'g'), long));
    if (q.includes(long)) forms.add(q.replaceAll(long, short));
  }
  return [...forms];
}

/** True when the text matches the search in one of its forms (every word of the form present). */
export function matchesSearch(text: string, forms: readonly string[]): boolean {
  const t = ` ${normalizeText(text)} `;
  return forms.some((f) => f.split(' ').every((w) => t.includes(` ${w}`)));
}

export function validateLoanFilter(filter: LoanFilter): void {
  for (const s of filter.sources ?? []) {
    if (!loanSources.includes(s)) {
      throw new InputError(`unknown loan source '${s}'`, {
        location: { field: 'source' },
        hint: `one of ${loanSources.join(', ')}`,
      });
    }
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw new InputError(`impossible year range: from ${filter.from} is after to ${filter.to}`, {
      location: { field: 'from' },
    });
  }
  if (filter.search !== undefined && normalizeText(filter.search) === '') {
    throw new InputError('empty search', {
      location: { field: 'search' },
      hint: 'give words to look for, e.g. --search "standard gauge"',
    });
  }
}

/** Loan rows, all of them or one borrower's (a one-shot CLI query reads only what it needs); cached per store. */
async function loadLoans(store: Store, country?: string): Promise<LoanRow[]> {
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
  const cached = store.cache.get(key) as LoanRow[] | undefined;
  if (cached) return cached;
  const where = country === undefined ? '' : `WHERE borrower_country = '${country.replace(/'/g, "''")}'`;
  const r = await store.connection.runAndReadAll(
    `SELECT source, ref, year::INTEGER AS year, lender, lender_category, lender_country, borrower_country, borrower_group,
            borrower, project, sector, currency, amount, amount_usd, fx_year::INTEGER AS fx_year, fx_rate, amount_basis,
            repeat_of, outstanding_usd, source_file, source_line::INTEGER AS source_line
     FROM loans ${where} ORDER BY year, source, source_line`,
  );
  const rows = r.getRowObjectsJS().map(
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
  store.cache.set(key, rows);
  return rows;
}

/** The loans matching a filter, oldest first, with the committed total of each source. */
export async function findLoans(
  store: Store,
  filter: LoanFilter,
): Promise<{ loans: LoanRow[]; totals: LoanTotal[] }> {
  validateLoanFilter(filter);
  const forms = filter.search === undefined ? null : searchForms(filter.search);
  const sectors = filter.sectors?.map((s) => normalizeText(s));
  const all = await loadLoans(store, filter.country);
  if (sectors?.length) {
    const known = await loanSectors(store);
    const knownNormal = new Set(known.map(normalizeText));
    for (const [i, s] of sectors.entries()) {
      if (!knownNormal.has(s)) {
        throw new InputError(`unknown sector '${filter.sectors![i]}'`, {
          location: { field: 'sector' },
          suggestions: known.filter((k) => normalizeText(k).includes(s.slice(0, 4))).slice(0, 4),
          hint: `sectors as the sources (CLA, BU) name them: ${known.join('; ')}`,
        });
      }
    }
  }
  const loans = all.filter(
    (l) =>
      (filter.country === undefined || l.borrowerCountry === filter.country) &&
      (filter.lenderCountry === undefined || l.lenderCountry === filter.lenderCountry) &&
      (filter.sources === undefined || filter.sources.length === 0 || filter.sources.includes(l.source)) &&
      (filter.from === undefined || l.year >= filter.from) &&
      (filter.to === undefined || l.year <= filter.to) &&
      (sectors === undefined ||
        sectors.length === 0 ||
        (l.sector !== null && sectors.includes(normalizeText(l.sector)))) &&
      (forms === null || matchesSearch(`${l.project} ${l.lender}`, forms)),
  );
  const totals = loanSources
    .map((source) => {
      const of = loans.filter((l) => l.source === source);
      const counted = of.filter((l) => l.amountUsd !== null);
      return {
        source,
        loans: of.length,
        counted: counted.length,
        amountUsd: counted.reduce((s, l) => s + (l.amountUsd ?? 0), 0),
      };
    })
    .filter((t) => t.loans > 0);
  return { loans, totals };
}

/** Every sector name the sources use, whatever the borrower (to tell an unknown sector from an empty answer). */
export async function loanSectors(store: Store): Promise<string[]> {
  const cached = store.cache.get('loans:sectors') as string[] | undefined;
  if (cached) return cached;
  const r = await store.connection.runAndReadAll(
    'SELECT DISTINCT sector FROM loans WHERE sector IS NOT NULL ORDER BY 1',
  );
  const sectors = r.getColumnsJS()[0] as string[];
  store.cache.set('loans:sectors', sectors);
  return sectors;
}
