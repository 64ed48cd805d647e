import type { FitResult, Observations } from './model.js';
import type { Random } from './random.js';

/**
 * Draws new votes from a fitted model with the observed pattern of who voted on what (the parametric
 * bootstrap of Imai, Lo & Olmsted 2016, section 2.4): z = alpha + beta * x + sigma * e, cut at 0 and 1
 * (at 0 for yes/no items).
 */
export function simulateCategories(obs: Observations, fit: FitResult, random: Random): Uint8Array {
  const { cell, item, ordinal } = obs;
  const out = new Uint8Array(cell.length);
  const sd = fit.noise.map(Math.sqrt);
  for (let o = 0; o < cell.length; o++) {
    const j = item[o];
    const z = fit.alpha[j] + fit.beta[j] * fit.mean[cell[o]] + sd[j] * random.normal();
    out[o] = ordinal[j] ? (z < 0 ? 0 : z < 1 ? 1 : 2) : z < 0 ? 0 : 2;
  }
  return out;
}
