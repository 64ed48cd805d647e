import { median } from '../quantile.js';
import { tilt } from '../tilt.js';

/** One debtor-year's service toward each pole (after attribution) and in all. */
export interface FinanceAmounts {
  country: string;
  /** Total debt service to all creditors (US$); a debtor-year without a positive total has no reading. */
  total: number;
  first: number;
  second: number;
  /** 0 when the debtor is a member of the first pole, 1 of the second, -1 of neither. */
  side: -1 | 0 | 1;
}

export interface FinancePosition {
  country: string;
  /** -1 first pole .. +1 second; a pole's member sits at its own end; null when nothing goes to either. */
  position: number | null;
  /** Combined share of the two poles over the median debtor's that year, capped at 1; null when undefined. */
  engagement: number | null;
  /** (first + second) / total, the combined share. */
  combinedShare: number;
  /** The median combined share over the year's debtors outside both poles. */
  worldMedianCombinedShare: number | null;
}

/**
 * The finance positions of one year's debtors: position = tilt(max(0, F), max(0, S)) =
 * (S - F) / (S + F) over what is paid toward each pole (docs/methods/finance.md), a pole's own member
 * at its pole's end (a state is not its own creditor); engagement = combined share / the median
 * non-member debtor's, capped at 1. Debtor-years without a positive total are left out (missing).
 */
export function financePositions(year: readonly FinanceAmounts[]): FinancePosition[] {
  const rows = year.filter((r) => r.total > 0);
  const share = (r: FinanceAmounts) => (Math.max(0, r.first) + Math.max(0, r.second)) / r.total;
  const m = median(rows.filter((r) => r.side < 0).map(share));
  const worldMedian = Number.isNaN(m) ? null : m;
  return rows.map((r) => {
    const f = Math.max(0, r.first);
    const s = Math.max(0, r.second);
    const t = f + s > 0 ? tilt(f, s) : null;
    const combinedShare = share(r);
    const engagement =
      r.side >= 0
        ? 1
        : worldMedian !== null && worldMedian > 0
          ? Math.min(1, combinedShare / worldMedian)
          : null;
    return {
      country: r.country,
      position: r.side === 0 ? -1 : r.side === 1 ? 1 : t,
      engagement,
      combinedShare,
      worldMedianCombinedShare: worldMedian,
    };
  });
}

/** Share of readings with |position| >= threshold (default 0.95), over readings with a position. */
export function saturatedShare(positions: readonly (number | null)[], threshold = 0.95): number | null {
  const xs = positions.filter((p): p is number => p !== null);
  if (xs.length === 0) return null;
  return xs.filter((p) => Math.abs(p) >= threshold).length / xs.length;
}
