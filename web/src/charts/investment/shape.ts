import type { InvestmentProfile } from '../../../../src/api/types';
import { money } from '../../format';
import type { ChartData, ChartView } from '../types';

export type InvestmentPoint = {
  year: number;
  investor: string;
  name: string;
  basis: 'reported' | 'derived';
  /** US$ millions, net (may be negative). */
  value: number;
};

export type InvestmentData = ChartData<InvestmentPoint> & {
  /** Investor names in legend order: the poles first. */
  names: string[];
};

const mn = (v: number) => money(v, { unit: 1e6 });

/**
 * One line per investor economy and basis: reported positions (the investor's own) and, apart, the IMF's
 * counterpart-derived ones. Unpublished years are left out, never drawn as zero. null when no investor
 * has any value for the country.
 */
export function shapeInvestment(answer: InvestmentProfile, view: ChartView): InvestmentData | null {
  const names = new Map(answer.investors.map((i) => [i.investor, i.investorName]));
  const rows: InvestmentPoint[] = [];
  for (const r of answer.series) {
    const name = names.get(r.investor) ?? r.investor;
    if (r.reportedUsdMn !== null)
      rows.push({ year: r.year, investor: r.investor, name, basis: 'reported', value: r.reportedUsdMn });
    if (r.derivedUsdMn !== null)
      rows.push({ year: r.year, investor: r.investor, name, basis: 'derived', value: r.derivedUsdMn });
  }
  if (rows.length === 0) return null;
  const present = [...new Set(rows.map((r) => r.investor))];
  const order = [
    ...view.poles.filter((p) => present.includes(p)),
    ...present.filter((p) => !view.poles.includes(p)).sort(),
  ];
  const latest = answer.investors
    .filter((i) => i.reportedUsdMn !== null)
    .sort((a, b) => (b.reportedUsdMn ?? 0) - (a.reportedUsdMn ?? 0));
  const none = answer.investors.filter((i) => i.reportedUsdMn === null).map((i) => i.investorName);
  const years = rows.map((r) => r.year);
  return {
    rows,
    columns: ['year', 'investor', 'name', 'basis', 'value'],
    names: order.map((id) => names.get(id) ?? id),
    subtitle:
      'Outward direct investment positions held in the country at year end, US$ millions, net (IMF DIP). Solid: reported by the investor; dashed: derived by the IMF from the country’s inward data. Never added together.',
    summary: `Line chart ${Math.min(...years)}–${Math.max(...years)}. In ${answer.year}, reported positions: ${
      latest.length
        ? latest.map((i) => `${i.investorName} ${mn(i.reportedUsdMn as number)}`).join(', ')
        : 'none'
    }${none.length ? `; no reported position from ${none.join(', ')}` : ''}.`,
  };
}
