/** The dimensions of the bearing, in the order they are reported. */
export const dimensions = ['votes', 'trade', 'finance', 'visits'] as const;
export type Dimension = (typeof dimensions)[number];

export type Weights = Record<Dimension, number>;

/**
 * Default weights: votes, trade and finance equally; visits 0, because the visit record exists for the
 * US side only (no record of visits to or from China), so it can lean a country toward the US and never
 * away from it. Users can give it weight explicitly (`--weights visits=1`).
 */
export const defaultWeights: Readonly<Weights> = { votes: 1, trade: 1, finance: 1, visits: 0 };

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

export type Readings = Record<Dimension, DimensionReading>;
