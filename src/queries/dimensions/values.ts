import { valuesDistance, valuesPosition } from '../../measures/values/distance.js';
import type { Pole } from '../../poles/pole.js';
import type { Store } from '../../store/open.js';
import { vdemIndices } from '../../values/valuesRecord.js';
import { poleValues, valuesByYear, valuesCoverage, valuesIndex, valuesSources } from '../values.js';
import type { CountryDimensionReading, DimensionProvider, DimensionSeries } from './provider.js';

const hasValues = (store: Store) => store.has('vdem') && store.has('freedom_house');

export interface ValuesFigures {
  [key: string]: number | string | boolean | null;
  polyarchy: number | null;
  libdem: number | null;
  distanceFirst: number | null;
  distanceSecond: number | null;
  freedomStatus: string | null;
}

/**
 * Values: where a state's regime stands between the two poles' (V-Dem electoral and liberal democracy),
 * position (d1 - d2) / (d1 + d2) from the distances to each pole. Engagement is not defined (regime type is
 * not an exchange with anyone), and the default weight is 0: it is context for a bearing, not alignment.
 */
export const valuesDimension: DimensionProvider<ValuesFigures> = {
  id: 'values',
  label: 'Values (V-Dem democracy indices)',
  defaultWeight: 0,
  methods:
    'Distance of the state’s V-Dem electoral and liberal democracy indices from each pole’s (a bloc: its members’ median), position (d1 − d2)/(d1 + d2) in [−1, 1]; engagement undefined; weight 0 by default because regime type is context rather than alignment (docs/methods/values.md).',
  async coverage(store: Store) {
    return hasValues(store) ? (await valuesCoverage(store)).vdem : null;
  },
  async read(store: Store, poles: readonly [Pole, Pole]): Promise<DimensionSeries<ValuesFigures>> {
    const out: DimensionSeries<ValuesFigures> = new Map();
    if (!hasValues(store)) return out;
    const { at } = await valuesIndex(store);
    for (const [year, rows] of await valuesByYear(store)) {
      const first = poleValues(at, poles[0], year);
      const second = poleValues(at, poles[1], year);
      const pole = (p: typeof first) => vdemIndices.map((i) => p[i]?.value ?? null);
      const [p1, p2] = [pole(first), pole(second)];
      const byCountry = new Map<string, CountryDimensionReading<ValuesFigures>>();
      for (const r of rows) {
        const own = vdemIndices.map((i) => r[i]?.value ?? null);
        const d1 = valuesDistance(own, p1);
        const d2 = valuesDistance(own, p2);
        const position = valuesPosition(d1, d2);
        byCountry.set(r.country, {
          position: Number.isNaN(position) ? null : position,
          engagement: null,
          dataYear: year,
          figures: {
            polyarchy: r.polyarchy?.value ?? null,
            libdem: r.libdem?.value ?? null,
            distanceFirst: Number.isNaN(d1) ? null : d1,
            distanceSecond: Number.isNaN(d2) ? null : d2,
            freedomStatus: r.freedomStatus,
          },
          source: `${valuesSources.vdem}, line ${r.vdemLine}`,
        });
      }
      out.set(year, byCountry);
    }
    return out;
  },
};
