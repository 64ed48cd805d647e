import { type TiltInput, tiltReadings } from '../../measures/bearing/tilts.js';
import type { Pole } from '../../poles/pole.js';
import { poleSide, put } from './poleSide.js';
import type { DimensionSeries } from './provider.js';

/** Amounts one state has with each pole's members and in all, in one year. */
export interface AmountRow {
  country: string;
  year: number;
  first: number;
  second: number;
  total: number;
  /** Extra figures to keep beside the reading (e.g. projected). */
  extra?: Record<string, number | string | boolean | null>;
}

export interface TiltFigures {
  total: number;
  firstShare: number;
  secondShare: number;
  tilt: number | null;
  worldMedianCombinedShare: number;
  [key: string]: number | string | boolean | null;
}

/**
 * A series of tilt readings from amounts with each pole (trade, debt, investment, aid...): groups the rows
 * by year and reads them with the pure `tiltReadings`. `names` renames the first/second amounts in the
 * figures (e.g. withFirst / withSecond) so each face shows them with their meaning.
 */
export function tiltSeries(
  rows: readonly AmountRow[],
  poles: readonly [Pole, Pole],
  source: string,
  names: { first: string; second: string },
): DimensionSeries<TiltFigures> {
  const byYear = new Map<number, AmountRow[]>();
  for (const r of rows) {
    const list = byYear.get(r.year) ?? [];
    list.push(r);
    byYear.set(r.year, list);
  }
  const series: DimensionSeries<TiltFigures> = new Map();
  for (const [year, list] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const inputs: TiltInput[] = list.map((r) => ({
      first: r.first,
      second: r.second,
      total: r.total,
      side: poleSide(poles, r.country, year),
    }));
    const { worldMedianCombinedShare, readings } = tiltReadings(inputs);
    readings.forEach((x, i) => {
      if (!x) return;
      const r = list[i];
      put(series, year, r.country, {
        position: x.position,
        engagement: x.engagement,
        dataYear: year,
        source,
        figures: {
          [names.first]: r.first,
          [names.second]: r.second,
          total: r.total,
          firstShare: x.firstShare,
          secondShare: x.secondShare,
          tilt: x.tilt,
          worldMedianCombinedShare,
          ...r.extra,
        },
      });
    });
  }
  return series;
}
