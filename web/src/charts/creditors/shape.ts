import type { DebtExposure, DebtService } from '../../../../src/api/types';
import { money, pct } from '../../format';
import { otherYearNote } from '../nearestYear';
import type { ChartData, ChartView } from '../types';

export type CreditorBar = {
  year: number;
  creditor: string;
  country: string | null;
  category: string;
  /** The stock held (stocks answer) or the service paid (service answer), current US$: one of the two. */
  stock?: number;
  service?: number;
  share: number;
  projected?: boolean;
};

/** How the answer counted multilateral lenders toward the poles, in words. */
export function multilateralWords(m: string | undefined): string {
  return m === 'none'
    ? 'multilateral lenders counted for neither pole'
    : 'IDA and IBRD counted by their members’ votes';
}

function polesNote(poles: DebtExposure['poles'] | DebtService['poles']): string {
  if (!poles) return '';
  const left = poles.unattributed.filter((u) => u.value > 0).map((u) => u.institution);
  return `. Poles: ${multilateralWords(poles.multilaterals)}${left.length ? `; not attributed: ${left.slice(0, 5).join(', ')}` : ''}`;
}

/** The debt service answer (every IDS debtor): bars of service paid, shares of the year's total. */
function shapeServiceCreditors(a: DebtService, view: ChartView): ChartData<CreditorBar> | null {
  const paid = a.creditors.flatMap((c) =>
    c.service > 0 && c.serviceShare !== null ? [{ ...c, share: c.serviceShare }] : [],
  );
  const count = new Map<string, number>();
  for (const c of paid) count.set(c.creditor, (count.get(c.creditor) ?? 0) + 1);
  const rows = paid
    .sort((x, y) => y.share - x.share)
    .slice(0, 12)
    .map((c) => ({
      year: a.year,
      creditor: (count.get(c.creditor) ?? 0) > 1 ? `${c.creditor} (${c.category})` : c.creditor,
      country: c.country,
      category: c.category,
      service: c.service,
      share: c.share,
      projected: c.projected,
    }));
  if (rows.length === 0) return null;
  return {
    rows,
    columns: ['year', 'creditor', 'category', 'country', 'service', 'share', 'projected'],
    subtitle: `${yearNote(view, a.year)}Largest creditors by share of debt service (principal plus interest) paid in ${a.year}${a.projected ? ', an IDS projection' : ''}; stocks by creditor are not in the data for this country; the two poles in colour${polesNote(a.poles)}`,
    summary: `Bar chart of ${rows.length} creditors in ${a.year}; total service ${money(a.service)}. Largest: ${rows[0].creditor} ${pct(rows[0].share, 1)}.${a.poles ? ` ${view.poleNames[0]} ${pct(a.poles.firstShare, 1)}, ${view.poleNames[1]} ${pct(a.poles.secondShare, 1)}.` : ''}`,
  };
}

/**
 * The twelve largest holdings, one bar per creditor and category as the API gives them (nothing is
 * re-added here); a creditor listed under two categories is named with its category.
 */
export function shapeCreditors(
  answer: DebtExposure | DebtService,
  view: ChartView,
): ChartData<CreditorBar> | null {
  if ('measure' in answer && answer.measure === 'service') return shapeServiceCreditors(answer, view);
  const a = answer as DebtExposure;
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
    subtitle: `${yearNote(view, a.year)}Largest creditors by share of the debt stock at the end of ${a.year}; the two poles in colour${polesNote(a.poles)}`,
    summary: `Bar chart of ${rows.length} creditors in ${a.year}; total stock ${a.stock === null ? 'unknown' : money(a.stock)}. Largest: ${rows[0].creditor} ${pct(rows[0].share, 1)}.${a.poles ? ` ${view.poleNames[0]} ${pct(a.poles.firstShare, 1)}, ${view.poleNames[1]} ${pct(a.poles.secondShare, 1)}.` : ''}`,
  };
}

/** "No debt figures for 1990: ..." before the subtitle when the answer is for another year than asked. */
function yearNote(view: ChartView, shown: number): string {
  const note = otherYearNote(view.year, shown, 'debt figures');
  return note ? `${note} ` : '';
}
