// The map's API calls: the rank of every country (the composite and its dimensions) and the states
// voting most alike with a pole.
import type { RankRow, SimilarRow } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';

export interface MapLoadContext {
  caps: Set<string>;
  poles: [string, string];
  year: number;
}

/**
 * GET /rank?year=&poles=&includePoles&includePartial: every country's position, balance and dimensions,
 * the poles' own members and states with too few dimensions included (unranked, with their coverage label).
 */
export function loadRank({ caps, poles, year }: MapLoadContext): Promise<RankRow[]> {
  const { path, query } = fillPath(endpointPath(caps, 'rank') ?? '/rank', {
    year,
    poles: poles.join(','),
    includePoles: true,
    includePartial: true,
  });
  return getJson<RankRow[]>(path, query);
}

/** GET /similar/{pole}?year=&top=300: agreement of (nearly) every state with one pole. */
export function loadSimilar({ caps, poles, year }: MapLoadContext, which: 0 | 1): Promise<SimilarRow[]> {
  const { path, query } = fillPath(endpointPath(caps, 'similar') ?? '/similar/{country}', {
    country: poles[which],
    year,
    top: 300,
  });
  return getJson<SimilarRow[]>(path, query);
}
