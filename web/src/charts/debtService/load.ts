import type { DebtYear } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /debt/{country}?series=true&poles=: stock, service and the poles' shares, every year. */
export function loadDebtSeries(ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>): Promise<DebtYear[]> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'debt') ?? '/debt/{country}', {
    country: ctx.country,
    series: true,
    poles: ctx.poles.join(','),
  });
  return getJson<DebtYear[]>(path, query);
}
