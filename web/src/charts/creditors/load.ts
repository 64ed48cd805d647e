import type { DebtExposure, DebtService } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/**
 * GET /debt/{country}?year=&poles=&multilaterals=: the creditors of the year's public external debt,
 * stocks where the snapshot has them (African debtors), debt service elsewhere (every IDS debtor).
 */
export function loadDebtExposure(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'year' | 'poles' | 'multilaterals'>,
): Promise<DebtExposure | DebtService> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'debt') ?? '/debt/{country}', {
    country: ctx.country,
    year: ctx.year,
    poles: ctx.poles.join(','),
    multilaterals: ctx.multilaterals,
  });
  return getJson<DebtExposure | DebtService>(path, query);
}
