import type { DebtServiceYear, DebtYear } from '../../../../src/api/types';
import { money } from '../../format';
import type { ChartData, ChartView } from '../types';

export type ServiceBar = {
  year: number;
  service: number;
  stock: number | null;
  projected: boolean;
  firstShare: number | null;
  secondShare: number | null;
  tilt: number | null;
};

/** One bar a year with known debt service (projections kept and marked); null when none. */
export function shapeDebtService(
  answer: DebtYear[] | DebtServiceYear[],
  _view: ChartView,
): ChartData<ServiceBar> | null {
  const rows = (answer as (DebtYear | DebtServiceYear)[]).flatMap((r) =>
    r.service === null
      ? []
      : [
          {
            year: r.year,
            service: r.service,
            stock: 'stock' in r ? r.stock : null,
            projected: r.projected,
            firstShare: r.firstShare,
            secondShare: r.secondShare,
            tilt: r.tilt,
          },
        ],
  );
  if (rows.length === 0) return null;
  const actual = rows.filter((r) => !r.projected);
  const last = actual.at(-1) ?? rows[rows.length - 1];
  return {
    rows,
    columns: ['year', 'service', 'stock', 'projected', 'firstShare', 'secondShare', 'tilt'],
    subtitle:
      'Principal plus interest paid on public external debt each year, US$ billions; lighter bars are World Bank projections',
    summary: `Bar chart ${rows[0].year}–${rows[rows.length - 1].year}. In ${last.year}, debt service was ${money(last.service)}.`,
  };
}
