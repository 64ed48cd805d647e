import { oneSidedReading, percentiles, visitWindow, windowSum } from '../../measures/bearing/visits.js';
import { yearRanges } from '../../measures/dyadYears.js';
import { category } from '../../measures/voteTable.js';
import { everMembers } from '../../poles/blocs.js';
import type { Store } from '../../store/open.js';
import { loadVoteMatrix } from '../../store/votes.js';
import { visitIntensity } from '../visits.js';
import { put } from './poleSide.js';
import type { DimensionProvider, DimensionSeries } from './provider.js';

export interface VisitsFigures {
  /** Level-weighted US-side visits and trips over the five years to this one (docs/methods/visits.md). */
  intensity5y: number;
  visitsIn5y: number;
  travelsOut5y: number;
  /** Share of states with a lower five-year intensity that year. */
  percentile: number;
  [key: string]: number;
}

const source =
  'US State Department, Office of the Historian: visits to the US and travels abroad (data/visits)';

/**
 * The states a year's percentile is taken among: the states voting in the General Assembly that year
 * (for years after the vote data, the last year's voters), less the US. The record has no list of states
 * of its own, and a state not in it had no visit, not no data.
 */
async function universe(store: Store): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (!store.has('votes')) return out;
  const m = await loadVoteMatrix(store, {});
  const nc = m.countries.length;
  for (const { year, start, end } of yearRanges(m)) {
    const ids: string[] = [];
    for (let c = 0; c < nc; c++) {
      let cast = false;
      for (let r = start; r < end && !cast; r++) cast = category(m.votes[r * nc + c]) >= 0;
      if (cast && m.countries[c] !== 'USA') ids.push(m.countries[c]);
    }
    out.set(year, ids);
  }
  return out;
}

interface VisitsRow {
  country: string;
  intensity5y: number;
  visitsIn5y: number;
  travelsOut5y: number;
  percentile: number;
}

/**
 * Every state's window sums and percentile per year: the same for any pair of poles with the US (only the
 * sign of the position depends on the poles), so computed once per store.
 */
async function percentilesByYear(store: Store): Promise<Map<number, VisitsRow[]>> {
  const key = 'bearing:visits:percentiles';
  const cached = store.cache.get(key) as Map<number, VisitsRow[]> | undefined;
  if (cached) return cached;
  const out = new Map<number, VisitsRow[]>();
  const rows = await visitIntensity(store);
  const by = { intensity: new Map(), visitsIn: new Map(), travelsOut: new Map() } as Record<
    'intensity' | 'visitsIn' | 'travelsOut',
    Map<string, Map<number, number>>
  >;
  let last = 0;
  for (const r of rows) {
    for (const k of ['intensity', 'visitsIn', 'travelsOut'] as const) {
      const m = by[k].get(r.country) ?? new Map<number, number>();
      m.set(r.year, r[k]);
      by[k].set(r.country, m);
    }
    last = Math.max(last, r.year);
  }
  const states = await universe(store);
  const voteYears = [...states.keys()].sort((a, b) => a - b);
  for (let year = voteYears[0] ?? last + 1; year <= last; year++) {
    const ids = states.get(year) ?? states.get(voteYears[voteYears.length - 1])!;
    const intensity = ids.map((c) => windowSum(by.intensity.get(c), year));
    const q = percentiles(intensity);
    out.set(
      year,
      ids.map((country, i) => ({
        country,
        intensity5y: intensity[i],
        visitsIn5y: windowSum(by.visitsIn.get(country), year),
        travelsOut5y: windowSum(by.travelsOut.get(country), year),
        percentile: q[i],
      })),
    );
  }
  store.cache.set(key, out);
  return out;
}

export const visitsProvider: DimensionProvider<VisitsFigures> = {
  id: 'visits',
  label: 'US-side visits',
  // The record exists for the US side only: it can lean a country toward the US and never away from it.
  defaultWeight: 0,
  async coverage(store) {
    if (!store.has('visits')) return null;
    const rows = await visitIntensity(store);
    if (rows.length === 0) return null;
    return { from: Math.min(...rows.map((r) => r.year)), to: Math.max(...rows.map((r) => r.year)) };
  },
  async read(store, poles) {
    const series: DimensionSeries<VisitsFigures> = new Map();
    if (!store.has('visits')) return series;
    const usSide = poles.findIndex((p) =>
      p.kind === 'country' ? p.id === 'USA' : everMembers(p.bloc).includes('USA'),
    );
    if (usSide < 0) return series; // the record is of US contacts only: no reading for poles without the US
    for (const [year, rows] of await percentilesByYear(store)) {
      for (const r of rows) {
        put(series, year, r.country, {
          ...oneSidedReading(r.percentile, usSide as 0 | 1),
          dataYear: year,
          source,
          figures: {
            intensity5y: r.intensity5y,
            visitsIn5y: r.visitsIn5y,
            travelsOut5y: r.travelsOut5y,
            percentile: r.percentile,
          },
        });
      }
    }
    return series;
  },
  methods: `Level-weighted US-side visits and trips over ${visitWindow} years, as a percentile among the states that year, toward the US end only (docs/methods/visits.md). Weight 0 by default.`,
  describe({ figures: f }) {
    return `US-side visits and trips, ${visitWindow} years: ${f.visitsIn5y} in, ${f.travelsOut5y} out; percentile ${f.percentile.toFixed(2)}`;
  },
};
