import { InputError } from '../errors.js';

/**
 * Relationship intensity on the US side: how much top-level contact the US had with a country in a
 * year, from visits of the country's leaders to the US (in) and trips there by the US president or
 * secretary of state (out), each weighted by its level. Method and weights: docs/methods/visits.md.
 *
 *   intensity(c, y) = sum over distinct visits in  of w_visit(type)
 *                   + sum over distinct trips out of w_trip(role)
 *
 * A visit or trip is counted once per (person, country, start date): the Historian sometimes lists
 * one stay twice (a bilateral meeting and a summit the same day, or an exact duplicate record); the
 * higher weight is kept.
 */

/** Protocol level of a visit to the US, from a state visit down (an ordinal scale, evenly spaced). */
export const visitWeights = {
  state: 5,
  official: 4,
  'official-working': 3,
  working: 2,
  summit: 1,
  private: 1,
  other: 1,
} as const satisfies Record<string, number>;

/** Level of a US trip abroad: the president's presence ranks with a state visit; the secretary's with a working visit. */
export const tripWeights = {
  president: 5,
  secretary: 2,
} as const satisfies Record<string, number>;

/** The events of the measure, one per visit or trip, as parallel arrays. */
export interface IntensityEvents {
  /** Country id of each event. */
  country: readonly string[];
  year: Int16Array | readonly number[];
  /** The event's level weight (visitWeights / tripWeights), finite and >= 0. */
  weight: Float64Array | readonly number[];
  /** 1 for a US trip out, 0 for a visit in. */
  outbound: Uint8Array | readonly number[];
  /** Identity of the stay for de-duplication: person, country and start date. */
  key: readonly string[];
}

/** One row per country-year with at least one event, sorted by country then year. */
export interface IntensitySeries {
  country: string[];
  year: Int16Array;
  visitsIn: Int32Array;
  travelsOut: Int32Array;
  intensity: Float64Array;
}

export function relationshipIntensity(events: IntensityEvents): IntensitySeries {
  const n = events.country.length;
  for (const [name, arr] of [
    ['year', events.year],
    ['weight', events.weight],
    ['outbound', events.outbound],
    ['key', events.key],
  ] as const) {
    if (arr.length !== n) {
      throw new InputError(`${name} has ${arr.length} entries for ${n} events`, {
        location: { field: name },
      });
    }
  }
  // De-duplicate: the highest weight per (key, direction).
  const best = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const w = events.weight[i];
    if (!Number.isFinite(w) || w < 0) {
      throw new InputError(`event ${i}: weight must be finite and >= 0, got ${w}`, {
        location: { field: 'weight' },
      });
    }
    const y = events.year[i];
    if (!Number.isInteger(y))
      throw new InputError(`event ${i}: year ${y} is not an integer`, { location: { field: 'year' } });
    const o = events.outbound[i];
    if (o !== 0 && o !== 1)
      throw new InputError(`event ${i}: outbound must be 0 or 1`, { location: { field: 'outbound' } });
    const k = `${o}\u0000${events.key[i]}`;
    const prior = best.get(k);
    if (prior === undefined || events.weight[prior] < w) best.set(k, i);
  }
  const cells = new Map<string, { country: string; year: number; vin: number; tout: number; sum: number }>();
  for (const i of best.values()) {
    const country = events.country[i];
    const year = events.year[i];
    const key = `${country}\u0000${year}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { country, year, vin: 0, tout: 0, sum: 0 };
      cells.set(key, cell);
    }
    if (events.outbound[i] === 1) cell.tout++;
    else cell.vin++;
    cell.sum += events.weight[i];
  }
  const sorted = [...cells.values()].sort((a, b) =>
    a.country < b.country ? -1 : a.country > b.country ? 1 : a.year - b.year,
  );
  const m = sorted.length;
  const out: IntensitySeries = {
    country: new Array<string>(m),
    year: new Int16Array(m),
    visitsIn: new Int32Array(m),
    travelsOut: new Int32Array(m),
    intensity: new Float64Array(m),
  };
  sorted.forEach((c, j) => {
    out.country[j] = c.country;
    out.year[j] = c.year;
    out.visitsIn[j] = c.vin;
    out.travelsOut[j] = c.tout;
    out.intensity[j] = c.sum;
  });
  return out;
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A gap in days as years of 365.25 days. */
export function daysToYears(days: number): number {
  return days / 365.25;
}
