import type { LeaderVisitCount } from '../../../../src/api/types';
import { getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /leader-visits/counts?country=: stays per year, both poles, both directions, by level. */
export function loadLeaderVisits(ctx: Pick<ChartContext, 'country'>): Promise<LeaderVisitCount[]> {
  return getJson<LeaderVisitCount[]>('/leader-visits/counts', { country: ctx.country });
}
