import { InputError } from '../errors.js';

/**
 * Concentration of a distribution of non-negative amounts (trade by partner, debt by creditor).
 * Amounts are shares once divided by their total; zero amounts add nothing.
 */

/** Each amount's share of the total; NaN shares when the total is zero. */
export function shares(amounts: ArrayLike<number>): Float64Array {
  const total = checkedTotal(amounts);
  const out = new Float64Array(amounts.length);
  for (let i = 0; i < amounts.length; i++) out[i] = amounts[i] / total;
  return out;
}

/**
 * Herfindahl-Hirschman index on the 0-1 scale: the sum of squared shares. 1/n for n equal partners,
 * 1 for a single partner. (Multiply by 10,000 for the antitrust points convention.) NaN when the
 * total is zero or there are no amounts.
 */
export function hhi(amounts: ArrayLike<number>): number {
  const total = checkedTotal(amounts);
  if (total === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) {
    const s = amounts[i] / total;
    sum += s * s;
  }
  return sum;
}

/** The effective number of partners, 1/HHI: n for n equal partners. NaN when HHI is. */
export function effectivePartners(amounts: ArrayLike<number>): number {
  return 1 / hhi(amounts);
}

/** The effective number of partners from an HHI already computed. */
export function effectiveFromHhi(h: number): number {
  if (Number.isNaN(h)) return Number.NaN;
  if (!(h > 0 && h <= 1 + 1e-12))
    throw new InputError(`HHI must be in (0, 1], got ${h}`, { location: { field: 'hhi' } });
  return 1 / h;
}

function checkedTotal(amounts: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    const v = amounts[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new InputError(`amounts must be finite and non-negative, got ${v} at index ${i}`, {
        location: { field: 'amounts' },
      });
    }
    total += v;
  }
  return total;
}
