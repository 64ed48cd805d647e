import type { ContactEvent } from './index.js';

/** One contact event, written positionally to keep the tests' tables short. */
export const ev = (
  pole: string,
  direction: 'out' | 'in',
  country: string,
  date: string,
  weight: number,
): ContactEvent => ({
  pole,
  direction,
  country,
  date,
  weight,
});
