import type { TradeSeries } from '../../../../src/api/types';
import { num, pct } from '../../format';
import type { ChartData, ChartView } from '../types';

export type TiltPoint = {
  year: number;
  pole: string;
  share: number | null;
  value: number;
  tilt: number | null;
};

/** Two rows a year (one per pole); years where neither pole's share is known are left out. */
export function shapeTradeTilt(a: TradeSeries, view: ChartView): ChartData<TiltPoint> | null {
  const series = a.rows;
  const rows = series
    .filter((r) => r.firstShare !== null || r.secondShare !== null)
    .flatMap((r) => [
      { year: r.year, pole: view.poleNames[0], share: r.firstShare, value: r.firstValue, tilt: r.tilt },
      { year: r.year, pole: view.poleNames[1], share: r.secondShare, value: r.secondValue, tilt: r.tilt },
    ]);
  if (rows.length === 0) return null;
  const last = series.filter((r) => r.tilt !== null).at(-1);
  return {
    rows,
    columns: ['year', 'pole', 'share', 'value', 'tilt'],
    subtitle: `Each pole's share of ${view.countryName}'s total trade; the tilt is (second − first) / (second + first)`,
    summary: last
      ? `Line chart ${series[0].year}–${last.year}. In ${last.year}: ${view.poleNames[0]} ${pct(last.firstShare, 1)}, ${view.poleNames[1]} ${pct(last.secondShare, 1)}, tilt ${num(last.tilt)}.`
      : 'Line chart of trade shares with the two poles.',
  };
}
