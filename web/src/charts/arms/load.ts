import type { ArmsImports } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /arms/{country}?poles=: every supplier-year, marked with the pole the supplier belonged to that year. */
export function loadArms(ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>): Promise<ArmsImports> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'arms') ?? '/arms/{country}', {
    country: ctx.country,
    poles: ctx.poles.join(','),
  });
  return getJson<ArmsImports>(path, query);
}
