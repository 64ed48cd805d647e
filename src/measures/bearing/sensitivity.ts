import { type Composite, composite } from './composite.js';
import { type Dimension, dimensionsOf, type Readings, type Weights } from './dimensions.js';

export interface SensitivityRow {
  dimension: Dimension;
  /** The factor applied to that dimension's weight (0.5 or 1.5). */
  factor: number;
  weights: Weights;
  result: Composite;
}

/** The composite with each positive weight moved by -50% and +50% in turn. */
export function sensitivity(readings: Readings, weights: Weights, factors = [0.5, 1.5]): SensitivityRow[] {
  const rows: SensitivityRow[] = [];
  for (const d of dimensionsOf(weights)) {
    if (weights[d] === 0) continue;
    for (const factor of factors) {
      const w = { ...weights, [d]: weights[d] * factor };
      rows.push({ dimension: d, factor, weights: w, result: composite(readings, w) });
    }
  }
  return rows;
}
