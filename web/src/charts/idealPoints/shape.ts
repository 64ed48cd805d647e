import type { IdealPoint } from '../../../../src/api/types';
import { num } from '../../format';
import type { ChartData, ChartView } from '../types';

export type IdealPointRow = IdealPoint & { name: string };
export type IdealPointsData = ChartData<IdealPointRow> & {
  /** Colour domain: first pole, the country, second pole. */
  names: [string, string, string];
};

/** The country's and the poles' ideal points, named; null when the country has none. */
export function shapeIdealPoints(answer: IdealPoint[], view: ChartView): IdealPointsData | null {
  const ids = [view.country, ...view.poles];
  const rows = answer.filter((r) => ids.includes(r.country));
  if (!rows.some((r) => r.country === view.country)) return null;
  const name = (id: string) =>
    id === view.country ? view.countryName : id === view.poles[0] ? view.poleNames[0] : view.poleNames[1];
  const out = rows.map((r) => ({ ...r, name: name(r.country) }));
  const mine = out.filter((r) => r.country === view.country);
  const at = mine.find((r) => r.year === view.year) ?? mine[mine.length - 1];
  return {
    rows: out,
    columns: ['year', 'country', 'name', 'idealPoint', 'low', 'high', 'votes'],
    subtitle: 'Position on the main dimension of UN voting each year; bands are 90% intervals',
    summary: `Line chart with interval bands, ${mine[0].year}–${mine[mine.length - 1].year}. In ${at.year}, ${view.countryName}'s ideal point was ${num(at.idealPoint)} (90% interval ${num(at.low)} to ${num(at.high)}).`,
    names: [view.poleNames[0], view.countryName, view.poleNames[1]],
  };
}
