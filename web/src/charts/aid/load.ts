import type { AidProfile } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /aid/{country}?poles=: US assistance and Chinese development finance by year. */
export function loadAid(ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>): Promise<AidProfile> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'aid') ?? '/aid/{country}', {
    country: ctx.country,
    poles: ctx.poles.join(','),
  });
  return getJson<AidProfile>(path, query);
}
