import type { TradeSeries } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /trade/{country}?series=true&poles=: trade with each pole, every year. */
export function loadTradeSeries(ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>): Promise<TradeSeries> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'trade') ?? '/trade/{country}', {
    country: ctx.country,
    series: true,
    poles: ctx.poles.join(','),
  });
  return getJson<TradeSeries>(path, query);
}
