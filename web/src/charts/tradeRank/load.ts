import type { TradePartnerSeries } from '../../../../src/api/types';
import { getJson } from '../../api';
import type { ChartContext } from '../types';

/**
 * GET /trade/{country}/partner/{pole} for each pole: its share and rank among the country's partners,
 * by year. A pole that is a bloc (EU, G7, ...) is not one partner and has no rank: null.
 */
export async function loadTradeRank(
  ctx: Pick<ChartContext, 'country' | 'poles'>,
): Promise<(TradePartnerSeries | null)[]> {
  return Promise.all(
    ctx.poles.map((pole) =>
      getJson<TradePartnerSeries>(
        `/trade/${encodeURIComponent(ctx.country)}/partner/${encodeURIComponent(pole)}`,
        {},
      ).catch(() => null),
    ),
  );
}
