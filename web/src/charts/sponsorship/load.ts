import type { SponsorshipRow } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /sponsorship/{country}?with=<poles>: one row per year and pole. */
export function loadSponsorship(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>,
): Promise<SponsorshipRow[]> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'sponsorship') ?? '/sponsorship/{country}', {
    country: ctx.country,
    with: ctx.poles.join(','),
  });
  return getJson<SponsorshipRow[]>(path, query);
}
