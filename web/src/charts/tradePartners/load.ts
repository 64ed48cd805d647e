import type { TradePartners } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import { loadMeta } from '../../data';
import { datasetYears, nearestYear } from '../nearestYear';
import type { ChartContext } from '../types';

/**
 * GET /trade/{country}?year=&top=12: the largest partners in the year, or in the nearest year the trade
 * data cover (shape says so).
 */
export async function loadTradePartners(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'year'>,
): Promise<TradePartners> {
  const span = ctx.year === undefined ? undefined : datasetYears(await loadMeta(), 'trade');
  const { path, query } = fillPath(endpointPath(ctx.caps, 'trade') ?? '/trade/{country}', {
    country: ctx.country,
    year: nearestYear(ctx.year, span),
    top: 12,
  });
  return getJson<TradePartners>(path, query);
}
