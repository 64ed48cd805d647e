import type { ArmsImports } from '../../../../src/api/types';
import { num, pct } from '../../format';
import type { ChartData, ChartView } from '../types';

export type ArmsBar = { year: number; supplier: string; group: string; tiv: number };

export const otherSuppliers = 'Other suppliers';
export const nonStateSuppliers = 'Armed groups, organisations, unknown';

/** One row per supplier-year with deliveries, grouped as the first pole, the second, other states, non-state. */
export function shapeArms(a: ArmsImports, view: ChartView): ChartData<ArmsBar> | null {
  const group = (r: ArmsImports['years'][number]) =>
    r.pole === 'first'
      ? view.poleNames[0]
      : r.pole === 'second'
        ? view.poleNames[1]
        : r.supplierKind === 'state'
          ? otherSuppliers
          : nonStateSuppliers;
  // A null TIV (no deliveries identified) is left out, never drawn as zero.
  const rows = a.years
    .filter((r) => r.tiv !== null && r.tiv > 0)
    .map((r) => ({ year: r.year, supplier: r.supplierName, group: group(r), tiv: r.tiv as number }));
  if (rows.length === 0) return null;
  const top = a.suppliers[0];
  const share = (k: 'first' | 'second') =>
    a.suppliers.filter((s) => s.pole === k).reduce((t, s) => t + s.share, 0);
  return {
    rows,
    columns: ['year', 'supplier', 'group', 'tiv'],
    subtitle: `TIV delivered each year, ${a.from}–${a.to}; members of ${view.poleNames[0]} and ${view.poleNames[1]} in colour (membership of the delivery year)`,
    summary: `Stacked bars of ${view.countryName}'s arms imports by year. Over ${a.from}–${a.to} the largest supplier is ${top.supplierName} (${pct(top.share, 1)} of ${num(a.total, 0)} million TIV); ${view.poleNames[0]} ${pct(share('first'), 1)}, ${view.poleNames[1]} ${pct(share('second'), 1)}.`,
  };
}
