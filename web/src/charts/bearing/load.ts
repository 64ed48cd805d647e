import type { Profile, ProfileWithSeries } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

type ProfileContext = Pick<ChartContext, 'caps' | 'country' | 'year' | 'poles'>;

/**
 * GET /profile/{country}?year=&poles=: the composite bearing and its dimensions. With a year, without
 * the series (include=none): the series is the same for every year, so `loadProfileSeries` reads it once
 * per country from the answer without a year (which the page without a year uses whole).
 */
export function loadProfile(ctx: ProfileContext): Promise<Profile> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'profile') ?? '/profile/{country}', {
    country: ctx.country,
    year: ctx.year,
    poles: ctx.poles.join(','),
    include: ctx.year === undefined ? undefined : 'none',
  });
  return getJson<Profile>(path, query);
}

/** The year's profile with the country's series (from the answer without a year: one per country). */
export async function loadProfileSeries(ctx: ProfileContext): Promise<ProfileWithSeries> {
  const [profile, whole] = await Promise.all([loadProfile(ctx), loadProfile({ ...ctx, year: undefined })]);
  if (!whole.series) throw new Error(`the profile of ${ctx.country} came without its series`);
  return { ...profile, series: whole.series };
}
