import { stakeTilt } from '../../measures/investment/stakeTilt.js';
import type { Pole } from '../../poles/pole.js';
import { investmentCoverage, investmentPositions } from '../../store/investment.js';
import type { Store } from '../../store/open.js';
import { investmentSource } from '../investment.js';
import type { DimensionProvider, DimensionSeries } from './provider.js';

export interface InvestmentFigures {
  [key: string]: number | string | boolean | null;
  firstPole: string;
  secondPole: string;
  /** Reported outward positions, US$ millions, as published (may be negative). */
  firstPositionUsdMn: number;
  secondPositionUsdMn: number;
  /** True when a negative position counted as zero stake. */
  clipped: boolean;
  basis: 'reported';
  firstSourceLine: number;
  secondSourceLine: number;
}

/**
 * The investment dimension: where each pole's reported outward direct investment position sits in
 * a country, the tilt of the two stakes. Only economies the IMF file covers as investors can be
 * poles (USA, CHN, DEU, JPN, SGP); for any other pole (a bloc, another state) there are no readings.
 */
export const investmentDimension: DimensionProvider<InvestmentFigures> = {
  id: 'investment',
  label: 'Direct investment',
  // Full weight: both poles' positions are the same BPM6 concept, reported by the investors
  // themselves at year end, in US$; the main bias (routing through hubs) cuts both ways.
  defaultWeight: 1,
  async coverage(store: Store) {
    if (!store.has('investment_positions')) return null;
    const c = await investmentCoverage(store);
    return { from: c.from, to: c.to };
  },
  async read(store: Store, poles: readonly [Pole, Pole]): Promise<DimensionSeries<InvestmentFigures>> {
    const out: DimensionSeries<InvestmentFigures> = new Map();
    if (!store.has('investment_positions')) return out;
    const coverage = await investmentCoverage(store);
    const [p1, p2] = poles;
    if (p1.kind !== 'country' || p2.kind !== 'country') return out;
    if (!coverage.investors.includes(p1.id) || !coverage.investors.includes(p2.id)) return out;
    for (const [country, rows] of await investmentPositions(store)) {
      if (country === p1.id || country === p2.id) continue;
      const byYear = new Map<number, { a?: (typeof rows)[number]; b?: (typeof rows)[number] }>();
      for (const r of rows) {
        if (r.basis !== 'reported' || r.valueUsdMn === null) continue;
        if (r.investor !== p1.id && r.investor !== p2.id) continue;
        const e = byYear.get(r.year) ?? {};
        if (r.investor === p1.id) e.a = r;
        else e.b = r;
        byYear.set(r.year, e);
      }
      for (const [year, { a, b }] of byYear) {
        if (!a || !b) continue; // both poles must report: one missing is no reading, never zero
        const t = stakeTilt(a.valueUsdMn, b.valueUsdMn);
        if (!t) continue;
        let perYear = out.get(year);
        if (!perYear) {
          perYear = new Map();
          out.set(year, perYear);
        }
        perYear.set(country, {
          position: t.position,
          engagement: null,
          dataYear: year,
          figures: {
            firstPole: p1.id,
            secondPole: p2.id,
            firstPositionUsdMn: a.valueUsdMn as number,
            secondPositionUsdMn: b.valueUsdMn as number,
            clipped: t.clipped,
            basis: 'reported',
            firstSourceLine: a.sourceLine,
            secondSourceLine: b.sourceLine,
          },
          source: `${investmentSource.publisher}, ${investmentSource.file} (investment_positions)`,
        });
      }
    }
    return out;
  },
  describe(reading, [first, second]) {
    const f = reading.figures;
    const usd = (x: number) => `US$${Math.round(x).toLocaleString('en-US')}m`;
    return `${first} ${usd(f.firstPositionUsdMn)}, ${second} ${usd(f.secondPositionUsdMn)} of direct investment at the end of ${reading.dataYear} (IMF DIP, reported by each investor${f.clipped ? '; a negative position counted as none' : ''})`;
  },
  methods:
    "Direct investment: the tilt (second - first) / (second + first) between the two poles' outward direct investment positions in the country at year end (IMF DIP, US$, net, as reported by each investor economy; the IMF's counterpart-derived figures are shown, never counted). A reading exists only where both poles report a position for that year: a missing report is no reading, never zero. A negative net position counts as no stake. Only the investor economies the IMF file covers (USA, CHN, DEU, JPN, SGP) can be poles. Positions are by immediate counterpart, so investment routed through hubs (Hong Kong, Singapore, the Netherlands, offshore centres) is missed for both poles. Engagement is not defined (no world total in the file). Coverage 2014-2024.",
};
