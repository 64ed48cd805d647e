import type { Carried } from '../../measures/bearing/carryForward.js';
import type { CountryDimensionReading } from '../dimensions/provider.js';

/** One dimension's reading for a country-year, saying whether it was carried from an earlier year. */
export type WorldReading = Carried<CountryDimensionReading>;

export interface CountryYear {
  country: string;
  year: number;
  /** By dimension id; an absent id is a missing dimension. */
  readings: Record<string, WorldReading>;
}

/** Every state's readings for every year, for one pair of poles. */
export type BearingWorld = Map<number, Map<string, CountryYear>>;
