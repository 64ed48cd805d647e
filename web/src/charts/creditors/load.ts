import type { DebtExposure, DebtService } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import { loadMeta } from '../../data';
import { datasetYears, nearestYear } from '../nearestYear';
import type { ChartContext } from '../types';

/**
 * GET /debt/{country}?year=&poles=&multilaterals=: the creditors of the year's public external debt,
 * stocks where the snapshot has them (African debtors), debt service elsewhere (every IDS debtor). A year
 * outside the data is moved to the nearest covered one (shape says so): first within the stocks' span,
 * and if that year has no figure for this debtor, within the debt service's.
 */
export async function loadDebtExposure(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'year' | 'poles' | 'multilaterals'>,
): Promise<DebtExposure | DebtService> {
  const meta = ctx.year === undefined ? undefined : await loadMeta();
  const ask = (year: number | undefined) => {
    const { path, query } = fillPath(endpointPath(ctx.caps, 'debt') ?? '/debt/{country}', {
      country: ctx.country,
      year,
      poles: ctx.poles.join(','),
      multilaterals: ctx.multilaterals,
    });
    return getJson<DebtExposure | DebtService>(path, query);
  };
  if (!meta) return ask(ctx.year);
  const stocks = nearestYear(ctx.year, datasetYears(meta, 'debt'));
  const service = nearestYear(ctx.year, datasetYears(meta, 'debtservice'));
  return ask(stocks).catch((error: unknown) => {
    if (service === stocks) throw error;
    return ask(service);
  });
}
