import type { Store } from '../../store/open.js';
import { securityCoverage } from '../../store/security.js';
import { type SecurityFigures, securitySeries } from '../security.js';
import type { DimensionProvider } from './provider.js';

/** The security dimension of the bearing: arms imports, alliance ties, US presence (docs/methods/security.md). */
export const securityDimension: DimensionProvider<SecurityFigures> = {
  id: 'security',
  label: 'Security',
  defaultWeight: 1,
  async coverage(store: Store) {
    const c = await securityCoverage(store);
    return { from: c.arms.from, to: Math.min(c.arms.to, c.troops.to) };
  },
  read: (store, poles) => securitySeries(store, poles),
  methods:
    "Security: the position averages two components observed for both poles: arms imports (SIPRI TIV over a 5-year window; tilt = (second - first) / (second + first) of the poles' deliveries) and alliance ties (ATOP 5 obligations with each pole's members, strongest obligation: defence/offence 1, neutrality/non-aggression 0.5, consultation 0.25; tilt = second - first; ATOP ends in 2018, later years carry 2018 forward plus NATO accessions, flagged). US active-duty troops and major non-NATO ally status exist for the United States only (no public series of Chinese troops abroad or Chinese designations), so they count in the engagement and are shown, but never move the position. Engagement: the mean of the components' engagements relative to the median state that year, capped at 1.",
};
