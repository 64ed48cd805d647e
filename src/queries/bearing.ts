/**
 * The bearing between two poles on every registered dimension (src/queries/dimensions/index.ts): the
 * query layer only fetches the providers' readings and assembles them (bearing/world.ts); positions,
 * composite, coverage and words are pure measures in src/measures/bearing/.
 */

export {
  bearingProfile,
  type DimensionDetail,
  profileSeriesColumns,
  profileSeriesRows,
} from './bearing/profile.js';
export { bearingRank, flatRankRow, rankColumns } from './bearing/rank.js';
export { saturationLimit, validateBearing } from './bearing/validate.js';
export { bearingWorld } from './bearing/world.js';
export { defaultWeights, dimensionIds, parseWeights, providers } from './dimensions/index.js';
