import type { DebtExposure } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /debt/{country}?year=&poles=: the creditors of the year's public external debt. */
export function loadDebtExposure(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'year' | 'poles'>,
): Promise<DebtExposure> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'debt') ?? '/debt/{country}', {
    country: ctx.country,
    year: ctx.year,
    poles: ctx.poles.join(','),
  });
  return getJson<DebtExposure>(path, query);
}
