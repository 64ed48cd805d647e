import { InputError } from '../../errors.js';
import { tilt } from '../tilt.js';
import type { YearlyIntensity } from './stays.js';

/** Years over which stays are summed for a year's reading (the year and the four before). */
export const visitWindowYears = 5;

export interface TwoWayInput {
  /** The two poles' ids (keys of `intensity`): the first at -1, the second at +1. */
  poles: readonly [string, string];
  intensity: YearlyIntensity;
  /** Years both records cover; readings exist for these only, and windows are cut to them. */
  covered: { from: number; to: number };
  /** The states read each year (the poles among them sit at their ends). */
  universe: (year: number) => readonly string[];
  window?: number;
}

export interface TwoWayReading {
  /** tilt(share with the second pole, share with the first); null with no contact with either. */
  position: number | null;
  /** Percentile of the country's summed shares among the year's states, in [0, 1] (0 with no contact); null for the poles. */
  engagement: number | null;
  /** Level-weighted stays with each pole over the window. */
  firstIntensity: number;
  secondIntensity: number;
  /** The country's share of each pole's contacts with the world over the window. */
  firstShare: number;
  secondShare: number;
  windowFrom: number;
  windowTo: number;
}

/**
 * The two-way visits dimension. Each pole's record is summed over a window, and a country's contact
 * with a pole is read as its share of that pole's contacts with every state: the two records differ in
 * what they list (China Vitae counts foreign ministers and other visitors, the Historian heads only),
 * and shares compare what each pole gives a country with what it gives the world. Position = tilt of
 * the shares; engagement = percentile of their sum among the year's states. Years outside `covered`
 * have no reading (missing, never zero).
 */
export function twoWayVisits(input: TwoWayInput): Map<number, Map<string, TwoWayReading>> {
  const { poles, intensity, covered } = input;
  const window = input.window ?? visitWindowYears;
  if (!Number.isInteger(window) || window < 1)
    throw new InputError(`window must be a positive whole number of years, got ${window}`, {
      location: { field: 'window' },
    });
  if (poles[0] === poles[1])
    throw new InputError('the two poles must differ', { location: { field: 'poles' } });
  const out = new Map<number, Map<string, TwoWayReading>>();
  const sum = (pole: string, country: string, from: number, to: number) => {
    const byYear = intensity.get(pole)?.get(country);
    let s = 0;
    if (byYear) for (let y = from; y <= to; y++) s += byYear.get(y)?.intensity ?? 0;
    return s;
  };
  for (let year = covered.from; year <= covered.to; year++) {
    const from = Math.max(covered.from, year - window + 1);
    const states = [...new Set(input.universe(year))];
    const others = states.filter((c) => !poles.includes(c));
    const raw = others.map((c) => ({ c, a: sum(poles[0], c, from, year), b: sum(poles[1], c, from, year) }));
    const totalA = raw.reduce((s, r) => s + r.a, 0);
    const totalB = raw.reduce((s, r) => s + r.b, 0);
    const shares = raw.map((r) => ({
      ...r,
      sa: totalA > 0 ? r.a / totalA : 0,
      sb: totalB > 0 ? r.b / totalB : 0,
    }));
    const readings = new Map<string, TwoWayReading>();
    const n = shares.length;
    const totals = shares.map((s) => s.sa + s.sb).sort((x, y) => x - y);
    for (const s of shares) {
      const t = s.sa + s.sb;
      const below = lowerBound(totals, t);
      const ties = upperBound(totals, t) - below - 1;
      const position = t === 0 ? null : tilt(s.sa, s.sb);
      readings.set(s.c, {
        position,
        // No contact with either pole is a measured zero, not a tie at the middle of the zeros.
        engagement: t === 0 ? 0 : n > 1 ? (below + ties / 2) / (n - 1) : null,
        firstIntensity: s.a,
        secondIntensity: s.b,
        firstShare: s.sa,
        secondShare: s.sb,
        windowFrom: from,
        windowTo: year,
      });
    }
    for (const [i, p] of poles.entries()) {
      if (!states.includes(p)) continue;
      readings.set(p, {
        position: i === 0 ? -1 : 1,
        engagement: null,
        firstIntensity: sum(poles[0], p, from, year),
        secondIntensity: sum(poles[1], p, from, year),
        firstShare: 0,
        secondShare: 0,
        windowFrom: from,
        windowTo: year,
      });
    }
    out.set(year, readings);
  }
  return out;
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (xs[m] < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (xs[m] <= x) lo = m + 1;
    else hi = m;
  }
  return lo;
}
