import type { TradePartnerSeries } from '../../../../src/api/types';
import { pct } from '../../format';
import type { ChartData, ChartView } from '../types';

export type RankPoint = {
  year: number;
  partner: string;
  rank: number;
  /** Partner states ranked that year. */
  of: number;
  share: number | null;
  /** US$ millions. */
  value: number | null;
};

/**
 * One row per pole and year where the pole has a rank; years it has no published flow are left out
 * (missing, never ranked last). Null when neither pole is a single partner with a rank.
 */
export function shapeTradeRank(
  answers: readonly (TradePartnerSeries | null)[],
  view: ChartView,
): ChartData<RankPoint> | null {
  const rows: RankPoint[] = [];
  for (const [i, a] of answers.entries()) {
    if (!a) continue;
    for (const r of a.rows) {
      if (r.rank === null) continue;
      rows.push({
        year: r.year,
        partner: view.poleNames[i] ?? a.partnerName,
        rank: r.rank,
        of: r.partners,
        share: r.share,
        value: r.value,
      });
    }
  }
  if (rows.length === 0) return null;
  const lastYear = Math.max(...rows.map((r) => r.year));
  const last = rows.filter((r) => r.year === lastYear);
  const words = last.map((r) => `${r.partner} ranks ${r.rank} of ${r.of} (${pct(r.share, 1)})`).join('; ');
  const blocs = answers.flatMap((a, i) => (a ? [] : [view.poleNames[i]]));
  return {
    rows,
    columns: ['year', 'partner', 'rank', 'of', 'share', 'value'],
    subtitle:
      `Each pole's rank among ${view.countryName}'s trading partners by total trade (1 = largest), year by year` +
      (blocs.length
        ? `; ${blocs.join(' and ')} is a group of countries, not one partner, and has no rank`
        : ''),
    summary: `Line chart ${Math.min(...rows.map((r) => r.year))}–${lastYear}. In ${lastYear}: ${words}.`,
  };
}
