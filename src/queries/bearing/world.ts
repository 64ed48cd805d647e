import { carryForward } from '../../measures/bearing/carryForward.js';
import { defaultPoles } from '../../params/poles.js';
import type { Pole } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';
import { providers } from '../dimensions/index.js';
import type { DimensionProvider, DimensionSeries } from '../dimensions/provider.js';
import type { BearingWorld, WorldReading } from './types.js';

export type { CountryYear } from './types.js';

import { readWorld, worldCacheFile, writeWorld } from './diskCache.js';

export interface WorldOptions {
  /** Fill a missing dimension from up to this many earlier years (0: never). */
  carryForward?: number;
}

const poleKey = (poles: readonly [Pole, Pole]) => `${poles[0].id},${poles[1].id}`;

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

/** Every state's readings for every year between two poles, on every registered dimension; cached. */
export async function bearingWorld(
  store: Store,
  poles: readonly [Pole, Pole],
  options: WorldOptions = {},
): Promise<BearingWorld> {
  const carry = options.carryForward ?? 0;
  const key = `bearing:world:${poleKey(poles)}:${carry}`;
  const cached = store.cache.get(key) as BearingWorld | undefined;
  if (cached) return cached;
  // The default poles without carry-forward (what a server is asked first) are kept on disk.
  const onDisk = carry === 0 && poleKey(poles) === defaultPoles ? await worldCacheFile(store, key) : null;
  const stored = onDisk ? await readWorld(onDisk) : null;
  if (stored) {
    store.cache.set(key, stored);
    return stored;
  }
  const series = [];
  for (const p of providers) series.push({ id: p.id, series: await dimensionSeries(store, p, poles) });
  const world = assemble(store, series, carry);
  store.cache.set(key, world);
  if (onDisk) await writeWorld(onDisk, world);
  return world;
}

/** The years of the world, ascending. */
export const worldYears = (world: BearingWorld): number[] => [...world.keys()].sort((a, b) => a - b);
