import type { Profile } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /profile/{country}?year=&poles=: the composite bearing, its dimensions and its series. */
export function loadProfile(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'year' | 'poles'>,
): Promise<Profile> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'profile') ?? '/profile/{country}', {
    country: ctx.country,
    year: ctx.year,
    poles: ctx.poles.join(','),
  });
  return getJson<Profile>(path, query);
}
