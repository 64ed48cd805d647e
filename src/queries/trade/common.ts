// What every trade query shares: the source citation shape, the country and year-range checks, and
// the rows of one country in the form the measures take.
import type { Country } from '../../countries/country.js';
import type { PartnerFlows } from '../../measures/tradeSummary.js';
import { type Coverage, yearRangeWithin } from '../../params/years.js';
import type { Store } from '../../store/open.js';
import { type CountryFlowRow, tradeCoverage } from '../../store/trade.js';

/** A publisher file and the lines of it a figure rests on (the shape claims and the API cite). */
export interface TradeSource {
  file: string;
  rows: number[];
  note?: string;
}

export const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function resolveCountry(store: Store, country: string | Country): Country {
  return typeof country === 'string' ? store.concordance.resolve(country, { field: 'country' }) : country;
}

/** What the trade figures cover, for the coverage checks of src/params/years.ts. */
export async function dotsCoverage(store: Store): Promise<Coverage> {
  return { ...(await tradeCoverage(store)), source: 'IMF DOTS' };
}

/** The from/to of a series, checked against what the trade figures cover. */
export async function resolveRange(store: Store, options: { from?: number; to?: number }) {
  return yearRangeWithin(options, await dotsCoverage(store));
}

export function partnerFlowsOf(rows: readonly CountryFlowRow[]): PartnerFlows {
  return {
    partners: rows.map((r) => r.partner),
    isState: rows.map((r) => r.isState),
    exports: Float64Array.from(rows, (r) => r.exports),
    imports: Float64Array.from(rows, (r) => r.imports),
  };
}

/** The runs of one year in rows sorted by year: each year with the [start, end) of its rows. */
export function* yearRuns(years: ArrayLike<number>): Generator<{ year: number; start: number; end: number }> {
  for (let start = 0; start < years.length; ) {
    const year = years[start];
    let end = start;
    while (end < years.length && years[end] === year) end++;
    yield { year, start, end };
    start = end;
  }
}
