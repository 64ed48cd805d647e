import type { ValuesSeriesRow } from '../../../../src/api/types';
import { num } from '../../format';
import type { ChartData, ChartView } from '../types';

const indexLabels: Record<ValuesSeriesRow['index'], string> = {
  polyarchy: 'Electoral democracy',
  libdem: 'Liberal democracy',
};

export type ValuesRow = Omit<ValuesSeriesRow, 'sourceLine'> & { name: string; indexLabel: string };
export type ValuesData = ChartData<ValuesRow> & {
  /** Colour domain: first pole, the country, second pole (poles that are blocs are left out). */
  names: string[];
  /** Facet order. */
  indices: string[];
  /** Years from the first to the last row. */
  span: number;
};

/**
 * The country's and the poles' V-Dem indices over time with their intervals, one panel per index; null when
 * V-Dem has no figures for the country.
 */
export function shapeValues(answer: ValuesSeriesRow[], view: ChartView): ValuesData | null {
  const name = (id: string) =>
    id === view.country ? view.countryName : id === view.poles[0] ? view.poleNames[0] : view.poleNames[1];
  const ids = [view.country, ...view.poles];
  const rows = answer
    .filter((r) => ids.includes(r.country))
    .map(({ sourceLine: _, ...r }) => ({ ...r, name: name(r.country), indexLabel: indexLabels[r.index] }));
  const mine = rows.filter((r) => r.country === view.country && r.index === 'polyarchy');
  if (mine.length === 0) return null;
  const at = mine.find((r) => r.year === view.year) ?? mine[mine.length - 1];
  const present = new Set(rows.map((r) => r.country));
  const names = [view.poles[0], view.country, view.poles[1]].filter((id) => present.has(id)).map(name);
  return {
    rows,
    columns: ['year', 'country', 'name', 'index', 'value', 'low', 'high'],
    subtitle: 'V-Dem indices, 0 (least) to 1 (most democratic); bands are V-Dem’s 68% intervals',
    summary: `Line charts with interval bands, ${mine[0].year}–${mine[mine.length - 1].year}. In ${at.year}, ${view.countryName}'s electoral democracy index was ${num(at.value)} (interval ${num(at.low)} to ${num(at.high)}).`,
    names,
    indices: Object.values(indexLabels),
    span: Math.max(...rows.map((r) => r.year)) - Math.min(...rows.map((r) => r.year)),
  };
}
