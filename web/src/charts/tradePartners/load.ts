import type { TradePartners } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /trade/{country}?year=&top=12: the largest partners in the year. */
export function loadTradePartners(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'year'>,
): Promise<TradePartners> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'trade') ?? '/trade/{country}', {
    country: ctx.country,
    year: ctx.year,
    top: 12,
  });
  return getJson<TradePartners>(path, query);
}
