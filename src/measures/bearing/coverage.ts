import { type Dimension, dimensionsOf, positionOf, type Readings, type Weights } from './dimensions.js';

/**
 * The one rule for when the bearing may speak of a stance: at least this many dimensions with data and
 * positive weight. One dimension alone (say finance, where the debt data run years past the others) says
 * what that dimension says, not which way a country faces; profile, rank, map, claims and API all apply
 * this rule through `coverageOf`.
 */
export const minDimensions = 2;

export interface Coverage {
  /** The weighted dimensions with data, in the weights' order. */
  used: Dimension[];
  /** True when `used` has at least `minDimensions` entries. */
  enough: boolean;
  /** null when enough; otherwise "partial: finance only", "partial: no dimension". */
  label: string | null;
}

export function coverageOf(readings: Readings, weights: Weights): Coverage {
  const used = dimensionsOf(weights).filter((d) => weights[d] > 0 && positionOf(readings, d) !== null);
  const enough = used.length >= minDimensions;
  return { used, enough, label: enough ? null : partialLabel(used) };
}

/** "partial: finance only" (one dimension), "partial: no dimension" (none). */
export function partialLabel(used: readonly Dimension[]): string {
  if (used.length === 0) return 'partial: no dimension';
  return `partial: ${used.join(' and ')} only`;
}
