// The distribution of finance positions across every IDS debtor in a year, under one multilaterals
// setting (docs/methods/finance.md, "No saturation by construction"). The readings are the finance
// dimension's own (financeSeries), so the distribution is of the figures the bearing uses.
import { InputError } from '../errors.js';
import type { MultilateralMode } from '../measures/finance/attribution.js';
import { type PositionDistribution, positionDistribution } from '../measures/finance/distribution.js';
import type { Pole } from '../poles/pole.js';
import type { Store } from '../store/open.js';
import { serviceSource } from './debtService.js';
import { financeSeries } from './dimensions/finance.js';

export interface FinanceDistribution extends PositionDistribution {
  year: number;
  poles: [string, string];
  multilaterals: MultilateralMode;
  /** Debtors with a positive total debt service that year (a reading, with or without a position). */
  debtorsRead: number;
  /** True when the year's figures are IDS contractual projections (2023-2025). */
  projected: boolean;
  /** Every debtor read, by id, with its position (null: nothing paid toward either pole). */
  debtors: { country: string; position: number | null }[];
  coverage: { from: number; to: number };
  source: string;
}

export async function financeDistribution(
  store: Store,
  poles: readonly [Pole, Pole],
  multilaterals: MultilateralMode,
  year: number,
): Promise<FinanceDistribution> {
  const series = await financeSeries(store, poles, multilaterals);
  const years = [...series.keys()];
  if (years.length === 0) {
    throw new InputError('this snapshot has no debt service (dataset debtservice)', {
      kind: 'unavailable',
      location: { field: 'year' },
    });
  }
  const from = Math.min(...years);
  const to = Math.max(...years);
  const readings = series.get(year);
  if (!readings) {
    throw new InputError(
      `year must be a year from ${from} to ${to} (IDS debt service coverage), got ${year}`,
      {
        location: { field: 'year' },
      },
    );
  }
  const debtors = [...readings]
    .map(([country, r]) => ({ country, position: r.position }))
    .sort((a, b) => a.country.localeCompare(b.country));
  return {
    year,
    poles: [poles[0].id, poles[1].id],
    multilaterals,
    debtorsRead: debtors.length,
    projected: [...readings.values()].some((r) => r.figures.projected),
    ...positionDistribution(debtors.map((d) => d.position)),
    debtors,
    coverage: { from, to },
    source: serviceSource,
  };
}
