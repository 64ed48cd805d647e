import type { InvestmentProfile } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /investment/{country}?poles=: each investor economy's position in the country, every year. */
export function loadInvestment(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>,
): Promise<InvestmentProfile> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'investment') ?? '/investment/{country}', {
    country: ctx.country,
    poles: ctx.poles.join(','),
  });
  return getJson<InvestmentProfile>(path, query);
}
