import type { Side } from '../../measures/bearing/votes.js';
import { type Pole, poleMembers } from '../../poles/pole.js';
import type { CountryDimensionReading, DimensionFigures, DimensionSeries } from './provider.js';

/** 0 for a member of the first pole, 1 of the second, -1 for neither, for a state in a year. */
export function poleSide(poles: readonly [Pole, Pole], id: string, year: number): Side {
  if (poleMembers(poles[0], year).includes(id)) return 0;
  if (poleMembers(poles[1], year).includes(id)) return 1;
  return -1;
}

/** Adds one reading to a series. */
export function put<F = DimensionFigures>(
  series: DimensionSeries<F>,
  year: number,
  country: string,
  reading: CountryDimensionReading<F>,
): void {
  let m = series.get(year);
  if (!m) {
    m = new Map();
    series.set(year, m);
  }
  m.set(country, reading);
}
