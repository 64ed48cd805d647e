import type { IdealPoint } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /idealpoints?country=<country>,<poles>: one row per state-year. */
export function loadIdealPoints(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>,
): Promise<IdealPoint[]> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'idealpoints') ?? '/idealpoints', {
    country: [ctx.country, ...ctx.poles].join(','),
  });
  return getJson<IdealPoint[]>(path, query);
}
