import { carryForward } from '../../measures/bearing/carryForward.js';
import type { Pole } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';
import { providers } from '../dimensions/index.js';
import type { DimensionProvider, DimensionSeries } from '../dimensions/provider.js';
import type { BearingWorld, WorldReading } from './types.js';

export type { CountryYear } from './types.js';

import { polesText, readPrecomputedWorld } from './precomputed.js';

export interface WorldOptions {
  /** Fill a missing dimension from up to this many earlier years (0: never). */
  carryForward?: number;
}

const poleKey = polesText;

/** One provider's series for a pair of poles, read once per store. */
async function dimensionSeries(
  store: Store,
  provider: DimensionProvider,
  poles: readonly [Pole, Pole],
): Promise<DimensionSeries> {
  const key = `bearing:dim:${provider.id}:${poleKey(poles)}`;
  const cached = store.cache.get(key) as Promise<DimensionSeries> | undefined;
  if (cached) return cached;
  const p = provider.read(store, poles);
  store.cache.set(key, p);
  p.catch(() => store.cache.delete(key));
  return p;
}

/**
 * The bearing is read for states: those in the Correlates of War state system (a COW code: Taiwan and
 * Kosovo included) and any other UN voter. Dependent territories the IMF reports trade for (Anguilla,
 * Gibraltar, Macao, the Netherlands Antilles) are left out of the world, its medians and ranks.
 */
function isState(store: Store, id: string, readings: Record<string, WorldReading>): boolean {
  const c = store.concordance.get(id);
  return (c !== undefined && c.cown !== null) || readings.votes !== undefined;
}

/** Assembles the providers' series into one world: year -> country -> readings by dimension. */
function assemble(
  store: Store,
  series: readonly { id: string; series: DimensionSeries }[],
  carry: number,
): BearingWorld {
  const years = [...new Set(series.flatMap((s) => [...s.series.keys()]))].sort((a, b) => a - b);
  const world: BearingWorld = new Map();
  for (const { id, series: s } of series) {
    for (const [year, states] of carryForward(s, years, carry)) {
      let y = world.get(year);
      if (!y) {
        y = new Map();
        world.set(year, y);
      }
      for (const [country, reading] of states) {
        let cy = y.get(country);
        if (!cy) {
          cy = { country, year, readings: {} };
          y.set(country, cy);
        }
        cy.readings[id] = reading;
      }
    }
  }
  for (const states of world.values())
    for (const [id, cy] of states) if (!isState(store, id, cy.readings)) states.delete(id);
  return world;
}

/** Computes the world from the providers' readings (what the snapshot build ships for the default poles). */
export async function computeWorld(
  store: Store,
  poles: readonly [Pole, Pole],
  carry: number,
): Promise<BearingWorld> {
  const series = [];
  for (const p of providers) series.push({ id: p.id, series: await dimensionSeries(store, p, poles) });
  return assemble(store, series, carry);
}

/**
 * Every state's readings for every year between two poles, on every registered dimension. Without
 * carry-forward, a world the snapshot ships for these poles (the default USA, CHN), computed from the
 * store's own tables, is read instead of computed; any other is computed on first use. Memoised per
 * store (the promise, so concurrent callers share one computation).
 */
export function bearingWorld(
  store: Store,
  poles: readonly [Pole, Pole],
  options: WorldOptions = {},
): Promise<BearingWorld> {
  const carry = options.carryForward ?? 0;
  const key = `bearing:world:${poleKey(poles)}:${carry}`;
  const cached = store.cache.get(key) as Promise<BearingWorld> | undefined;
  if (cached) return cached;
  const p = (async () =>
    (carry === 0 ? await readPrecomputedWorld(store, poles) : null) ??
    (await computeWorld(store, poles, carry)))();
  store.cache.set(key, p);
  p.catch(() => store.cache.delete(key));
  return p;
}

/** The years of the world, ascending. */
export const worldYears = (world: BearingWorld): number[] => [...world.keys()].sort((a, b) => a - b);
