import { InputError } from '../errors.js';

/**
 * The tilt between two poles: (second - first) / (second + first), in [-1, 1].
 * -1: all of the pair's weight is with the first pole; +1: all with the second; 0: balanced.
 * The arguments are any non-negative amounts on one scale (shares of trade, US$ flows, votes):
 * the tilt depends only on their ratio. NaN when both are zero (nothing with either pole).
 */
export function tilt(firstShare: number, secondShare: number): number {
  check(firstShare, 'first');
  check(secondShare, 'second');
  const sum = firstShare + secondShare;
  if (sum === 0) return Number.NaN;
  return (secondShare - firstShare) / sum;
}

function check(x: number, field: string): void {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
    throw new InputError(`tilt needs a finite non-negative amount, got ${x}`, { location: { field } });
  }
}
