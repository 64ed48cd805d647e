import type { TradePartners } from '../../../../src/api/types';
import { pct } from '../../format';
import { otherYearNote } from '../nearestYear';
import type { ChartData, ChartView } from '../types';

export type PartnerBar = {
  rank: number;
  partner: string;
  name: string;
  exports: number;
  imports: number;
  total: number;
  share: number;
};

/** One bar per partner, in the API's order (largest first); null when there are none. */
export function shapeTradePartners(a: TradePartners, view: ChartView): ChartData<PartnerBar> | null {
  if (!a.partners?.length) return null;
  const rows = a.partners.map((p) => ({
    rank: p.rank,
    partner: p.partner,
    name: p.partnerName,
    exports: p.exports,
    imports: p.imports,
    total: p.total,
    share: p.share,
  }));
  const top = rows[0];
  const pole = (id: string) => rows.find((r) => r.partner === id);
  const p0 = pole(view.poles[0]);
  const p1 = pole(view.poles[1]);
  return {
    rows,
    columns: ['rank', 'partner', 'name', 'exports', 'imports', 'total', 'share'],
    subtitle: [
      otherYearNote(view.year, a.year, 'trade figures'),
      `Share of ${view.countryName}'s total trade (exports plus mirror imports) in ${a.year}; the two poles in colour`,
    ]
      .filter(Boolean)
      .join(' '),
    summary: `Bar chart of the ${rows.length} largest partners in ${a.year}. The largest is ${top.name} with ${pct(top.share, 1)}. ${view.poleNames[0]}: ${p0 ? pct(p0.share, 1) : 'not in the top'}; ${view.poleNames[1]}: ${p1 ? pct(p1.share, 1) : 'not in the top'}.`,
  };
}
