import type { AidProfile } from '../../../../src/api/types';
import { money } from '../../format';
import type { ChartData, ChartView } from '../types';

/** The four series, each labelled with what it is: they are not like for like. */
export const aidSeries = [
  'US obligations (fiscal years, constant US$)',
  'US disbursements (fiscal years, constant US$)',
  'China ODA-like commitments (calendar years, 2021 US$)',
  'China other official flows (calendar years, 2021 US$)',
] as const;

export type AidPoint = {
  year: number;
  series: (typeof aidSeries)[number];
  donor: 'US' | 'China';
  value: number;
};
export type AidData = ChartData<AidPoint> & { series: string[] };

const m = (v: number) => money(v);

/**
 * US and Chinese amounts by year, side by side and never summed: obligations and disbursements (US
 * fiscal years) against commitments (calendar years). A year without a figure is left out, not drawn
 * as zero. null when neither donor has any figure.
 */
export function shapeAid(answer: AidProfile, _view: ChartView): AidData | null {
  const rows: AidPoint[] = [];
  const add = (year: number, i: number, v: number | null) => {
    if (v !== null) rows.push({ year, series: aidSeries[i], donor: i < 2 ? 'US' : 'China', value: v });
  };
  for (const r of answer.rows) {
    add(r.year, 0, r.usObligationsConstantUsd);
    add(r.year, 1, r.usDisbursementsConstantUsd);
    add(r.year, 2, r.chinaOdaLikeUsd2021);
    add(r.year, 3, r.chinaOofUsd2021);
  }
  if (rows.length === 0) return null;
  const years = rows.map((r) => r.year);
  const w = [...answer.windows].reverse().find((x) => x.position !== null);
  return {
    rows,
    columns: ['year', 'donor', 'series', 'value'],
    series: [...aidSeries],
    subtitle:
      'Not comparable as drawn: US obligations and disbursements by US fiscal year against Chinese commitments by calendar year, two deflators; Chinese data end in 2021 and the latest US years are incomplete.',
    summary: `Line chart ${Math.min(...years)}–${Math.max(...years)}. ${
      w
        ? `Over ${w.window}, US obligations were ${m(w.usObligationsConstantUsd as number)} and Chinese ODA-like commitments ${m(w.chinaOdaLikeUsd2021 as number)}.`
        : 'No 3-year window has figures from both donors.'
    }`,
  };
}
