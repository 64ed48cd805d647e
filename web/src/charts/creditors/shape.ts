import type { DebtExposure } from '../../../../src/api/types';
import { pct, usdBillions } from '../../format';
import type { ChartData, ChartView } from '../types';

export type CreditorBar = {
  year: number;
  creditor: string;
  country: string | null;
  category: string;
  stock: number;
  share: number;
};

/**
 * The twelve largest holdings, one bar per creditor and category as the API gives them (nothing is
 * re-added here); a creditor listed under two categories is named with its category.
 */
export function shapeCreditors(a: DebtExposure, view: ChartView): ChartData<CreditorBar> | null {
  const held = (a.creditors ?? []).flatMap((c) =>
    c.stock !== null && c.stock > 0 && c.stockShare !== null
      ? [{ ...c, stock: c.stock, share: c.stockShare }]
      : [],
  );
  const count = new Map<string, number>();
  for (const c of held) count.set(c.creditor, (count.get(c.creditor) ?? 0) + 1);
  const rows = held
    .sort((x, y) => y.share - x.share)
    .slice(0, 12)
    .map((c) => ({
      year: a.year,
      creditor: (count.get(c.creditor) ?? 0) > 1 ? `${c.creditor} (${c.category})` : c.creditor,
      country: c.country,
      category: c.category,
      stock: c.stock,
      share: c.share,
    }));
  if (rows.length === 0) return null;
  return {
    rows,
    columns: ['year', 'creditor', 'category', 'country', 'stock', 'share'],
    subtitle: `Largest creditors by share of the debt stock at the end of ${a.year}; the two poles in colour`,
    summary: `Bar chart of ${rows.length} creditors in ${a.year}; total stock ${a.stock === null ? 'unknown' : usdBillions(a.stock)}. Largest: ${rows[0].creditor} ${pct(rows[0].share, 1)}.${a.poles ? ` ${view.poleNames[0]} ${pct(a.poles.firstShare, 1)}, ${view.poleNames[1]} ${pct(a.poles.secondShare, 1)}.` : ''}`,
  };
}
