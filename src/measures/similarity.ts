import { tableTotal, type VoteTable } from './voteTable.js';

/** |a - b| for categories 0 yes, 1 abstain, 2 no: the three-point scale's distance. */
const distance = [0, 1, 2, 1, 0, 1, 2, 1, 0];

/** Mean observed distance between the two states' votes. */
export function observedDistance(t: VoteTable): number {
  let d = 0;
  for (let k = 0; k < 9; k++) d += distance[k] * t[k];
  return d / tableTotal(t);
}

/**
 * Signorino & Ritter's S with absolute distances (p = 1) on the three-point scale:
 * S = 1 - 2 d / d_max with d_max = 2, so S = 1 - d, in [-1, 1]. Equals 2 * agreement - 1.
 */
export function sScore(t: VoteTable): number {
  return 1 - observedDistance(t);
}

/**
 * Cohen's kappa with linear distance weights (Häge 2011): 1 - d_o / d_e, where d_e is the distance
 * expected if each state voted independently with its own observed marginal distribution.
 * NaN when d_e = 0 (both states cast one and the same category throughout: nothing to correct).
 */
export function cohenKappa(t: VoteTable): number {
  const n = tableTotal(t);
  const row = [t[0] + t[1] + t[2], t[3] + t[4] + t[5], t[6] + t[7] + t[8]];
  const col = [t[0] + t[3] + t[6], t[1] + t[4] + t[7], t[2] + t[5] + t[8]];
  let de = 0;
  for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) de += distance[3 * a + b] * row[a] * col[b];
  de /= n * n;
  return de === 0 ? Number.NaN : 1 - observedDistance(t) / de;
}

/**
 * Scott's pi with linear distance weights (Häge 2011): like kappa, but the expected distance uses
 * the two states' pooled distribution, so it penalises differing vote propensities too.
 */
export function scottPi(t: VoteTable): number {
  const n = tableTotal(t);
  const p = [
    (2 * t[0] + t[1] + t[2] + t[3] + t[6]) / (2 * n),
    (2 * t[4] + t[1] + t[3] + t[5] + t[7]) / (2 * n),
    (2 * t[8] + t[2] + t[5] + t[6] + t[7]) / (2 * n),
  ];
  let de = 0;
  for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) de += distance[3 * a + b] * p[a] * p[b];
  return de === 0 ? Number.NaN : 1 - observedDistance(t) / de;
}
