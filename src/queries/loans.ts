import { InputError } from '../errors.js';
import { type LoanSource, loanSources } from '../finance/loanRecord.js';
import { checkRangeOrder } from '../params/years.js';
import { type LoanRow, loadLoans, loanSectors } from '../store/loans.js';
import type { Store } from '../store/open.js';

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
  checkRangeOrder(filter.from, filter.to);
  if (filter.search !== undefined && normalizeText(filter.search) === '') {
    throw new InputError('empty search', {
      location: { field: 'search' },
      hint: 'give words to look for, e.g. --search "standard gauge"',
    });
  }
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
