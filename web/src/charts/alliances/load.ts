import type { SecurityYear } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /security/{country}/series?poles=: the security reading year by year. */
export function loadSecuritySeries(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>,
): Promise<SecurityYear[]> {
  const base = endpointPath(ctx.caps, 'security') ?? '/security/{country}';
  const { path, query } = fillPath(`${base}/series`, { country: ctx.country, poles: ctx.poles.join(',') });
  return getJson<SecurityYear[]>(path, query);
}
