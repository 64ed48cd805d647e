import type { ProfileWithSeries } from '../../../../src/api/types';
import { num, positionWords } from '../../format';
import { dimensionNames, dimensionLabel as label } from '../bearing/dimensions';
import type { ChartData, ChartView } from '../types';

type BearingSeriesRow = {
  year: number;
  series: string;
  position: number | null;
  balance: number | null;
};

export type BearingSeriesData = ChartData<BearingSeriesRow> & {
  /** Series in legend order, the composite first. */
  names: string[];
  /** Every row with a position (the tips' rows). */
  drawn: BearingSeriesRow[];
  /** The dimensions' lines (thin) and the composite's (thick); years without a position are gaps. */
  dimensionLines: BearingSeriesRow[];
  compositeLine: BearingSeriesRow[];
  /** Composite points of years with too few dimensions for a stance ("partial"): drawn hollow. */
  partial: BearingSeriesRow[];
};

/** The composite and each dimension by year; null when no year has any position. */
export function shapeBearingSeries(p: ProfileWithSeries, view: ChartView): BearingSeriesData | null {
  const dims = dimensionNames(p);
  const rows: BearingSeriesRow[] = p.series.flatMap((s) => [
    { year: s.year, series: label('composite'), position: s.position, balance: s.balance },
    ...dims.map((d) => ({
      year: s.year,
      series: label(d),
      position: s.dimensions[d]?.position ?? null,
      balance: null,
    })),
  ]);
  if (!rows.some((r) => r.position !== null)) return null;
  const first = p.series[0]?.year;
  const last = p.series[p.series.length - 1]?.year;
  const drawn = rows.filter((r) => r.position !== null);
  const partialYears = new Set(p.series.filter((s) => !s.coverage.enough).map((s) => s.year));
  const compositeLine = drawn.filter((r) => r.series === label('composite'));
  const partial = compositeLine.filter((r) => partialYears.has(r.year));
  const partialWords = partial.length
    ? ` Hollow points: ${partial.length} year${partial.length > 1 ? 's' : ''} with one dimension only (partial, no stance).`
    : '';
  return {
    rows,
    columns: ['year', 'series', 'position', 'balance'],
    subtitle: `Overall position (thick line) and each dimension, −1 = ${view.poleNames[0]}, +1 = ${view.poleNames[1]}`,
    summary: `Line chart ${first}–${last}. In ${p.year} the overall position was ${num(p.position)} (${positionWords(p.position, view.poleNames)}${p.coverage.label ? `; ${p.coverage.label}` : ''}).${partialWords}`,
    names: [label('composite'), ...dims.map((d) => label(d))],
    drawn,
    dimensionLines: drawn.filter((r) => r.series !== label('composite')),
    compositeLine,
    partial,
  };
}
