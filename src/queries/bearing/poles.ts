import type { Concordance } from '../../countries/concordance.js';
import { type Pole, parsePoles } from '../../poles/pole.js';

/** The default poles: the United States (-1) and China (+1). */
export const defaultPoles = 'USA,CHN';

/** Two poles from `first,second`, the default when absent. */
export function resolvePoles(concordance: Concordance, text: string | undefined): [Pole, Pole] {
  return parsePoles(text ?? defaultPoles, concordance);
}
