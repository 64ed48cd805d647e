import type { Trip, Visit } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson, hasEndpoint } from '../../api';
import type { ChartContext } from '../types';

export interface VisitsAnswer {
  /** GET /visits?country=: the country's leaders in the US. */
  visits: Visit[];
  /** GET /travels?country=: US presidents and secretaries of state in the country (empty without the endpoint). */
  travels: Trip[];
}

function list<T>(caps: Set<string>, name: string, country: string): Promise<T[]> {
  const { path, query } = fillPath(endpointPath(caps, name) ?? `/${name}/{country}`, { country });
  return getJson<T[]>(path, query);
}

export async function loadVisits(ctx: Pick<ChartContext, 'caps' | 'country'>): Promise<VisitsAnswer> {
  const [visits, travels] = await Promise.all([
    list<Visit>(ctx.caps, 'visits', ctx.country),
    hasEndpoint(ctx.caps, 'travels') ? list<Trip>(ctx.caps, 'travels', ctx.country) : Promise.resolve([]),
  ]);
  return { visits, travels };
}
