import type { FinanceDistribution } from '../../../../src/api/types';
import { getJson } from '../../api';
import type { ChartContext } from '../types';

/** The years and settings the methods page compares (docs/methods/finance.md; export-site writes them). */
export const distributionYears = [2019, 2024] as const;
export const distributionSettings = ['none', 'shareholders'] as const;

/** GET /finance-distribution?year=&multilaterals=&poles= for each year and setting (four answers). */
export function loadFinanceDistribution(ctx: Pick<ChartContext, 'poles'>): Promise<FinanceDistribution[]> {
  return Promise.all(
    distributionSettings.flatMap((multilaterals) =>
      distributionYears.map((year) =>
        getJson<FinanceDistribution>('/finance-distribution', {
          year,
          multilaterals,
          poles: ctx.poles.join(','),
        }),
      ),
    ),
  );
}
