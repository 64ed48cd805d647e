/**
 * The data model of the dynamic ordinal ideal-point estimator (see docs/methods/idealPoints.md).
 *
 * Each vote of state i in year t on roll call j is an ordered category: no < abstain < yes. A latent
 * utility z = alpha_g + beta_g * x_it + e, e ~ N(0, sigma_g^2), falls below 0 (no), between 0 and 1
 * (abstain) or above 1 (yes), where g is the roll call's item group (a resolution recurring in identical
 * form shares one group, and so one set of item parameters, across sessions). Groups in which nobody
 * abstained are binary probits (yes iff z >= 0, sigma = 1). Ideal points follow a random walk:
 * x_i,first ~ N(startMean, startVariance), x_it ~ N(x_i,t-1, walkVariance).
 */

/** Priors and fixed hyperparameters, on the scale of the fit (before `identify` rescales). */
export interface IdealPointPriors {
  /** Prior mean of a state's ideal point in its first year. */
  startMean: number;
  /** Prior variance of a state's ideal point in its first year. */
  startVariance: number;
  /** Random-walk variance: how far an ideal point may move from one year to the next a priori. */
  walkVariance: number;
  /** Prior variance of each item intercept alpha and slope beta (independent normals, mean 0). */
  itemVariance: number;
  /** Inverse-gamma prior on the latent variance of three-category items: shape and scale. */
  noiseShape: number;
  noiseScale: number;
}

export const defaultPriors: IdealPointPriors = {
  startMean: 0,
  startVariance: 1,
  walkVariance: 0.1,
  itemVariance: 25,
  noiseShape: 1,
  noiseScale: 1,
};

/** Where the fit starts: a spectral (first principal component) start, or random ideal points. */
export type StartKind = 'spectral' | 'random';

/** Progress of a long estimate, for a progress bar: `done` of `total` steps within `phase`. */
export interface IdealPointProgress {
  phase: 'fit' | 'bootstrap';
  done: number;
  total: number;
}

export interface IdealPointOptions {
  /**
   * Item group of each roll call (same length as the matrix rows): roll calls in one group are the
   * same resolution recurring across sessions and share item parameters. Omit for one group per roll call.
   */
  itemGroups?: Int32Array;
  priors?: Partial<IdealPointPriors>;
  start?: StartKind;
  /** Seed for random starts and the bootstrap. */
  seed?: number;
  /** Convergence: stop when the largest change of any ideal point, in prior-sd units, is below this. */
  tolerance?: number;
  maxIterations?: number;
  /** Bootstrap replicates for the intervals; 0 skips the bootstrap (low = high = idealPoint). */
  replicates?: number;
  /** Iteration cap for each bootstrap replicate (they start at the point estimate). */
  replicateIterations?: number;
  /** Worker threads for the bootstrap; 0 runs it on the calling thread. */
  workers?: number;
  /** Interval coverage, 0.9 by default. */
  level?: number;
  /** Fewest contested roll calls a year with votes must have. */
  minRollCallsPerYear?: number;
  /** Fewest votes on contested roll calls a state must cast over the whole range. */
  minVotesPerState?: number;
  /**
   * A year or state with too few votes: `throw` (default) an InputError naming it, or `drop` it from
   * the fit and list it in the estimate's `dropped`.
   */
  unidentified?: 'throw' | 'drop';
  /** Country whose ideal point is made positive (identification of direction); USA by default. */
  positiveCountry?: string;
  onProgress?: (progress: IdealPointProgress) => void;
}

/** One estimate: a state's ideal point in a year with its interval and the votes it cast that year. */
export interface IdealPointRow {
  year: number;
  country: string;
  idealPoint: number;
  low: number;
  high: number;
  votes: number;
}

/**
 * The votes as the fit sees them: one entry per vote cast on a contested item, in the order of the
 * matrix rows. A cell is one state-year: `country * yearCount + (year - firstYear)`.
 */
export interface Observations {
  countries: readonly string[];
  firstYear: number;
  yearCount: number;
  /** Cell (state-year) of each vote. */
  cell: Int32Array;
  /** Item group of each vote, dense 0..itemCount-1. */
  item: Int32Array;
  /** 0 no, 1 abstain, 2 yes. */
  category: Uint8Array;
  itemCount: number;
  /** Per item: 1 when some state abstained on it (three categories), 0 for a yes/no item. */
  ordinal: Uint8Array;
  /** Start of each run of consecutive votes on one item, then the vote count (length runs + 1). */
  runs: Int32Array;
  /** Per cell: votes cast (yes, abstain, no), including uncontested roll calls, for the output. */
  votesCast: Int32Array;
  /** Per country: first and last year index with votes on contested items, -1 when none. */
  firstIndex: Int32Array;
  lastIndex: Int32Array;
}

/** Fitted parameters, on the fit's own scale until `identify` maps them to the reported one. */
export interface FitResult {
  /** Posterior mean and variance of each cell's ideal point (variational). */
  mean: Float64Array;
  variance: Float64Array;
  /** Item intercept, slope and latent variance per item group. */
  alpha: Float64Array;
  beta: Float64Array;
  noise: Float64Array;
  iterations: number;
  /** Largest change of an ideal point in the last iteration. */
  change: number;
  converged: boolean;
}
