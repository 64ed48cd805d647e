import type { AgreementRow } from '../../../../src/api/types';
import { endpointPath, fillPath, getJson } from '../../api';
import type { ChartContext } from '../types';

/** GET /agreement/{country}?with=<partners>: one row per partner and year. */
export function loadAgreement(
  ctx: Pick<ChartContext, 'caps' | 'country' | 'poles'>,
): Promise<AgreementRow[]> {
  const { path, query } = fillPath(endpointPath(ctx.caps, 'agreement') ?? '/agreement/{country}', {
    country: ctx.country,
    with: ctx.poles.join(','),
  });
  return getJson<AgreementRow[]>(path, query);
}
