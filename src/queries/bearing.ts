/**
 * The bearing between two poles on every registered dimension (src/queries/dimensions/index.ts): the
 * query layer only fetches the providers' readings and assembles them (bearing/world.ts); positions,
 * composite, coverage and words are pure measures in src/measures/bearing/.
 */

export { resolvePoles } from './bearing/poles.js';
export {
  type BearingOptions,
  bearingProfile,
  type DimensionDetail,
  type Profile,
  type ProfileYear,
  profileSeriesColumns,
  profileSeriesRows,
} from './bearing/profile.js';
export { bearingRank, flatRankRow, type RankOptions, type RankRow, rankColumns } from './bearing/rank.js';
export { saturationLimit, type Validation, validateBearing } from './bearing/validate.js';
export { type BearingWorld, bearingWorld, type CountryYear } from './bearing/world.js';
export { defaultWeights, dimensionIds, parseWeights, providers } from './dimensions/index.js';
