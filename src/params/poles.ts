import type { Concordance } from '../countries/concordance.js';
import type { InputLocation } from '../errors.js';
import { type Pole, parsePoles } from '../poles/pole.js';

/** The two poles every tilt is measured between unless a request names others. */
export const defaultPoles = 'USA,CHN';

/**
 * The poles of a request: `first,second` text (a flag, a query parameter, a claim field), two poles
 * already parsed, or nothing for the default (USA,CHN). Errors name `location` (default the field `poles`).
 */
export function resolvePoles(
  concordance: Concordance,
  poles: string | readonly [Pole, Pole] | undefined,
  location?: InputLocation,
): [Pole, Pole] {
  if (poles === undefined) return parsePoles(defaultPoles, concordance, location);
  if (typeof poles === 'string') return parsePoles(poles, concordance, location);
  return [poles[0], poles[1]];
}
