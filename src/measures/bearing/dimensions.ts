/**
 * The shapes the bearing's pure measures work on. Dimension ids are plain strings: the list of dimensions
 * lives in the registry of providers (src/queries/dimensions/index.ts), and a measure reads the dimensions
 * named by the weights it is given, so a new dimension needs no change here.
 */
export type Dimension = string;

/** Weight per dimension id; the keys are the dimensions considered, in the order they are reported. */
export type Weights = Readonly<Record<Dimension, number>>;

/** One dimension for one country-year: where it stands and how much it engages the two poles. */
export interface DimensionReading {
  /** -1 at the first pole, +1 at the second; null when the data do not cover the country-year. */
  position: number | null;
  /**
   * Engagement with the two poles together relative to the world that year, in [0, 1]: 1 means at least
   * as engaged as the median state. Null when not measurable.
   */
  engagement: number | null;
}

/** Readings by dimension id; an absent id is a missing dimension, like a null position. */
export type Readings = Readonly<Record<Dimension, DimensionReading | undefined>>;

/** The ids of the weights, in their order. */
export const dimensionsOf = (weights: Weights): Dimension[] => Object.keys(weights);

/** The position of a dimension, null when absent or not finite. */
export function positionOf(readings: Readings, d: Dimension): number | null {
  const p = readings[d]?.position ?? Number.NaN;
  return Number.isFinite(p) ? p : null;
}
