import type { ValuesSeriesRow } from '../../../../src/api/types';
import { fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /values/<country>/series?poles=<poles>: the country's and the poles' V-Dem indices over time. */
export function loadValues(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>,
): Promise<ValuesSeriesRow[]> {
  const template =
    [...ctx.caps].find((p) => /^\/values\/\{[^}]+\}\/series$/.test(p)) ?? '/values/{country}/series';
  const { path, query } = fillPath(template, { country: ctx.country, poles: ctx.poles.join(',') });
  return getJson<ValuesSeriesRow[]>(path, query);
}
