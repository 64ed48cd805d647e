import { InputError } from '../../errors.js';
import { type Coverage, coverageOf } from './coverage.js';
import { type Dimension, dimensionsOf, positionOf, type Readings, type Weights } from './dimensions.js';

export type Stance = 'first' | 'second' | 'balanced' | 'disengaged';

export interface Composite {
  /** Weighted mean of the available dimensions' positions, in [-1, 1]; null when none is available. */
  position: number | null;
  /**
   * The "facing forward" score in [0, 1]: evenness (1 - |position|) times engagement (the weighted mean of
   * the dimensions' engagement with both poles). High when a country engages both poles substantially
   * and evenly; low when it leans to one, or engages neither.
   */
  balance: number | null;
  /** Largest minus smallest position among the weighted dimensions, in [0, 2]. */
  spread: number | null;
  /** Hedging: some dimensions lean to one pole and others to the other (each beyond `lean`). */
  hedging: { first: Dimension[]; second: Dimension[] } | null;
  /** Null when no dimension has data, and when too few do to speak of a stance (`coverage.enough`). */
  stance: Stance | null;
  /** The weights actually applied (0 for missing dimensions), renormalised to sum to 1. */
  weights: Weights;
  /** Which dimensions entered, and whether they are enough for a stance. */
  coverage: Coverage;
}

/** Thresholds used for words: a position beyond ±lean leans; beyond ±face faces a pole. */
export const thresholds = { lean: 0.25, face: 0.6, engaged: 0.4 } as const;

export function validateWeights(weights: Weights): void {
  const ds = dimensionsOf(weights);
  for (const d of ds) {
    const w = weights[d];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 100) {
      throw new InputError(`weight for ${d} must be a number from 0 to 100, got ${w}`, {
        location: { field: 'weights' },
      });
    }
  }
  if (ds.every((d) => weights[d] === 0)) {
    throw new InputError('at least one weight must be positive', { location: { field: 'weights' } });
  }
}

/**
 * Combines dimension readings into the composite over the dimensions the weights name. A missing
 * dimension (absent, or null position) is left out and the remaining weights renormalised: it never
 * counts as zero.
 */
export function composite(readings: Readings, weights: Weights): Composite {
  validateWeights(weights);
  const ds = dimensionsOf(weights);
  const used: Record<Dimension, number> = Object.fromEntries(ds.map((d) => [d, 0]));
  let sw = 0;
  let sp = 0;
  for (const d of ds) {
    const p = positionOf(readings, d);
    if (p === null || weights[d] === 0) continue;
    if (p < -1 - 1e-9 || p > 1 + 1e-9) throw new RangeError(`position of ${d} out of [-1, 1]: ${p}`);
    used[d] = weights[d];
    sw += weights[d];
    sp += weights[d] * p;
  }
  const coverage = coverageOf(readings, weights);
  if (sw === 0)
    return {
      position: null,
      balance: null,
      spread: null,
      hedging: null,
      stance: null,
      weights: used,
      coverage,
    };
  for (const d of ds) used[d] /= sw;
  const position = sp / sw;
  let se = 0;
  let swe = 0;
  for (const d of ds) {
    const e = readings[d]?.engagement ?? Number.NaN;
    if (used[d] === 0 || !Number.isFinite(e)) continue;
    se += used[d] * e;
    swe += used[d];
  }
  const engagement = swe > 0 ? se / swe : null;
  const balance = engagement === null ? null : (1 - Math.abs(position)) * engagement;
  const active = coverage.used;
  const ps = active.map((d) => positionOf(readings, d) as number);
  const spread = Math.max(...ps) - Math.min(...ps);
  const first = active.filter((d) => (positionOf(readings, d) as number) <= -thresholds.lean);
  const second = active.filter((d) => (positionOf(readings, d) as number) >= thresholds.lean);
  const hedging = first.length > 0 && second.length > 0 ? { first, second } : null;
  const stance = coverage.enough ? stanceOf(position, engagement) : null;
  return { position, balance, spread, hedging, stance, weights: used, coverage };
}

export function stanceOf(position: number, engagement: number | null): Stance {
  if (position <= -thresholds.lean) return 'first';
  if (position >= thresholds.lean) return 'second';
  if (engagement !== null && engagement < thresholds.engaged) return 'disengaged';
  return 'balanced';
}

/** Swapping the poles mirrors a reading. */
export function mirror(readings: Readings): Readings {
  const out: Record<Dimension, { position: number | null; engagement: number | null }> = {};
  for (const [d, r] of Object.entries(readings)) {
    if (!r) continue;
    out[d] = { position: r.position === null ? null : -r.position, engagement: r.engagement };
  }
  return out;
}
