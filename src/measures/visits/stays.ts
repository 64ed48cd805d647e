import { InputError } from '../../errors.js';
import { stayGapDays } from './levels.js';

/** One recorded contact: a pole's leader abroad (out) or a visitor received (in), on a day. */
export interface ContactEvent {
  pole: string;
  direction: 'out' | 'in';
  country: string;
  /** ISO date. */
  date: string;
  /** Level weight of the person who moved (levelWeights). */
  weight: number;
}

/** A stay: consecutive recorded days of one pole's contact with one country in one direction. */
export interface Stay {
  pole: string;
  direction: 'out' | 'in';
  country: string;
  /** First day, and its year (the stay counts in the year it began). */
  date: string;
  year: number;
  /** The highest level seen during the stay. */
  weight: number;
  /** Events merged into it. */
  events: number;
}

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/**
 * Merges events into stays: the same pole, direction and country, each event at most `gap` days after
 * the previous one. China Vitae records a visit once per day and per Chinese leader met (Xi one day, Li
 * Keqiang the next); the Historian once per stay; both become one stay per visit, weighted by the
 * highest level present, so the two records count alike.
 */
export function mergeStays(events: readonly ContactEvent[], gap = stayGapDays): Stay[] {
  for (const [i, e] of events.entries()) {
    if (!Number.isFinite(e.weight) || e.weight < 0)
      throw new InputError(`event ${i}: weight must be finite and >= 0, got ${e.weight}`, {
        location: { field: 'weight' },
      });
    if (Number.isNaN(day(e.date)))
      throw new InputError(`event ${i}: not a date '${e.date}'`, { location: { field: 'date' } });
  }
  const sorted = [...events].sort(
    (a, b) =>
      a.pole.localeCompare(b.pole) ||
      a.direction.localeCompare(b.direction) ||
      a.country.localeCompare(b.country) ||
      day(a.date) - day(b.date),
  );
  const out: Stay[] = [];
  let last: { stay: Stay; lastDay: number } | undefined;
  for (const e of sorted) {
    const d = day(e.date);
    const s = last?.stay;
    if (
      s &&
      last &&
      s.pole === e.pole &&
      s.direction === e.direction &&
      s.country === e.country &&
      d - last.lastDay <= gap
    ) {
      s.weight = Math.max(s.weight, e.weight);
      s.events++;
      last.lastDay = d;
      continue;
    }
    const stay: Stay = {
      pole: e.pole,
      direction: e.direction,
      country: e.country,
      date: e.date,
      year: Number(e.date.slice(0, 4)),
      weight: e.weight,
      events: 1,
    };
    out.push(stay);
    last = { stay, lastDay: d };
  }
  return out;
}

/** pole -> country -> year -> summed stay weights (and stays counted). */
export type YearlyIntensity = Map<string, Map<string, Map<number, { intensity: number; stays: number }>>>;

export function yearlyIntensity(stays: readonly Stay[]): YearlyIntensity {
  const out: YearlyIntensity = new Map();
  for (const s of stays) {
    const byCountry = out.get(s.pole) ?? new Map<string, Map<number, { intensity: number; stays: number }>>();
    out.set(s.pole, byCountry);
    const byYear = byCountry.get(s.country) ?? new Map<number, { intensity: number; stays: number }>();
    byCountry.set(s.country, byYear);
    const cell = byYear.get(s.year) ?? { intensity: 0, stays: 0 };
    cell.intensity += s.weight;
    cell.stays++;
    byYear.set(s.year, cell);
  }
  return out;
}
