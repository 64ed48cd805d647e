import type { DebtServiceYear, DebtYear } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/**
 * GET /debt/{country}?series=true&poles=&multilaterals=: service and the poles' shares every year;
 * with stocks (DebtYear) where the snapshot has them, debt service only (DebtServiceYear) elsewhere.
 */
export function loadDebtSeries(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'poles' | 'multilaterals'>,
): Promise<DebtYear[] | DebtServiceYear[]> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'debt') ?? '/debt/{country}', {
    country: ctx.country,
    series: true,
    poles: ctx.poles.join(','),
    multilaterals: ctx.multilaterals,
  });
  return getJson<DebtYear[] | DebtServiceYear[]>(path, query);
}
