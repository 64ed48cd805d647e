import { stateOnDate } from '../countries/historical.js';

/**
 * The state a code stands for in a year, as the SIPRI aggregates read it: a successor's code before
 * the change is the predecessor (RUS before 1992 is SUN, CZE before 1993 CSK), except Germany, which
 * SIPRI reports as one "Germany" throughout (DEU, as for trade); the year counts as of 31 December.
 */
export function securityState(id: string, year: number): string {
  if (id === 'BRD' || id === 'DEU') return 'DEU';
  return stateOnDate(id, `${year}-12-31`);
}
