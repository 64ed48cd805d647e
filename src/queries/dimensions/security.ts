import type { Store } from '../../store/open.js';
import { securityCoverage } from '../../store/security.js';
import { type SecurityFigures, securitySeries } from '../security.js';
import type { DimensionProvider } from './provider.js';

const hasSecurity = (store: Store) =>
  store.has('arms_transfers') && store.has('us_troops') && store.has('atop_obligations');

const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(0)}%`);

/** The security dimension of the bearing: arms imports, alliance ties, US presence (docs/methods/security.md). */
export const securityDimension: DimensionProvider<SecurityFigures> = {
  id: 'security',
  label: 'Security',
  defaultWeight: 1,
  async coverage(store: Store) {
    if (!hasSecurity(store)) return null;
    const c = await securityCoverage(store);
    return { from: c.arms.from, to: Math.min(c.arms.to, c.troops.to) };
  },
  async read(store, poles) {
    if (!hasSecurity(store)) return new Map();
    return securitySeries(store, poles);
  },
  describe(r, [first, second]) {
    const f = r.figures;
    const arms =
      f.armsTotalTiv === null
        ? `no arms deliveries ${f.armsWindowFrom}-${f.armsWindowTo}`
        : `arms ${f.armsWindowFrom}-${f.armsWindowTo}: ${first} ${pct(f.armsShareFirst)}, ${second} ${pct(f.armsShareSecond)} of ${f.armsTotalTiv.toFixed(0)}m TIV`;
    const ties = (o: string) => (o ? o.replace(/,/g, '+') : 'none');
    const alliances = `alliances${f.allianceCarriedForward ? ` (ATOP ${f.allianceDataYear}, carried)` : ''}: ${first} ${ties(f.allianceObligationsFirst)}, ${second} ${ties(f.allianceObligationsSecond)}`;
    const us = f.usPole
      ? `; US troops ${f.usTroopsActiveDuty ?? 'n/a'}${f.mnna ? `, major non-NATO ally since ${f.mnnaSince}` : ''}${f.natoMember ? ', NATO member' : ''}`
      : '';
    return `${arms}; ${alliances}${us}`;
  },
  methods:
    "Security: the position averages two components observed for both poles: arms imports (SIPRI TIV over a 5-year window; tilt = (second - first) / (second + first) of the poles' deliveries) and alliance ties (ATOP 5 obligations with each pole's members, strongest obligation: defence/offence 1, neutrality/non-aggression 0.5, consultation 0.25; tilt = second - first; ATOP ends in 2018, so the alliance component of later years carries 2018's obligations forward plus NATO accessions from the bloc table, flagged allianceCarriedForward; arms and troops are the year's own). US active-duty troops and major non-NATO ally status exist for the United States only (no public series of Chinese troops abroad or Chinese designations), so they count in the engagement and are shown, but never move the position. Engagement: the mean of the components' engagements relative to the median state that year, capped at 1.",
};
