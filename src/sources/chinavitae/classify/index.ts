import type { Concordance } from '../../../countries/concordance.js';
import type { EngagementRecord } from '../parseEngagements.js';
import { siblingCountries } from '../siblings.js';
import { type Classification, classify } from './rules.js';

export type { Classification } from './rules.js';
export { engagementClasses } from './rules.js';

/** Every row classified, in order; none dropped (unclassified rows are classified as such). */
export function classifyAll(
  records: readonly EngagementRecord[],
  concordance: Concordance,
): Classification[] {
  const siblings = siblingCountries(records);
  return records.map((r, i) => classify(r, { siblings: siblings[i] }, concordance));
}
