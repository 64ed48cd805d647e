import { InputError } from '../../errors.js';
import { standardScale } from './fit.js';
import type { Observations } from './model.js';

/**
 * The map from the fit's scale to the reported one: x' = sign * (x - center) / spread.
 * The model's likelihood is unchanged by shifting, stretching or flipping the ideal-point axis
 * (with the item parameters compensating), so the reported scale is fixed by rule:
 * the state-years with votes have mean 0 and standard deviation 1, pooled over all years (one map for
 * the whole range, which keeps years comparable), and `positiveCountry` (the United States by default)
 * has a positive mean position.
 */
export interface Identification {
  center: number;
  spread: number;
  sign: 1 | -1;
}

export function identification(
  obs: Observations,
  mean: Float64Array,
  positiveCountry: string,
): Identification {
  const c = obs.countries.indexOf(positiveCountry);
  if (c < 0 || obs.firstIndex[c] < 0) {
    throw new InputError(
      `cannot fix the direction of the scale: ${positiveCountry} cast no votes on contested roll calls under these options`,
      {
        location: { field: 'positiveCountry' },
        hint: 'include that state, or choose another state to sit on the positive side',
      },
    );
  }
  const { center, spread } = standardScale(obs, mean);
  let sum = 0;
  let count = 0;
  for (let t = obs.firstIndex[c]; t <= obs.lastIndex[c]; t++) {
    if (obs.votesCast[c * obs.yearCount + t] === 0) continue;
    sum += mean[c * obs.yearCount + t] - center;
    count++;
  }
  return { center, spread, sign: sum / Math.max(count, 1) >= 0 ? 1 : -1 };
}

/** The identified positions of every cell (same layout as the fit's means). */
export function identified(mean: Float64Array, id: Identification): Float64Array {
  const out = new Float64Array(mean.length);
  for (let i = 0; i < mean.length; i++) out[i] = (id.sign * (mean[i] - id.center)) / id.spread;
  return out;
}
