import { normalizeName } from '../countries/concordance.js';
import { InputError } from '../errors.js';
import {
  daysBetween,
  daysToYears,
  relationshipIntensity,
  tripWeights,
  visitWeights,
} from '../measures/intensity.js';
import { checkRangeOrder } from '../params/years.js';
import type { Store } from '../store/open.js';
import {
  eventCoverage,
  loadContactEvents,
  loadTrips,
  loadVisits,
  type TravelFilter,
  type TripRow,
  type VisitFilter,
  type VisitRow,
} from '../store/visits.js';
import { extraStates } from '../visits/extraStates.js';
import type { TravelRole } from '../visits/records.js';
import { type VisitType, visitTypes } from '../visits/visitType.js';

/** Where the visitors come from or the travellers go: explicit ids, or a region or continent. */
export interface PlaceScope {
  /** Canonical ids (already resolved by the face). */
  countries?: readonly string[];
  /** World Bank region, UN region or UN sub-region ("Sub-Saharan Africa", "Eastern Africa"). */
  region?: string;
  /** Continent ("Africa", "Americas", "Asia", "Europe", "Oceania"). */
  continent?: string;
}

export type VisitQuery = Omit<VisitFilter, 'countries'> & PlaceScope;
export type TravelQuery = Omit<TravelFilter, 'countries'> & PlaceScope;

interface Place {
  id: string;
  name: string;
  continent: string | null;
  region: string | null;
  unRegion: string | null;
  unSubregion: string | null;
}

function places(store: Store): Place[] {
  return [...store.concordance.countries, ...extraStates];
}

/** A country's name: the concordance's, or the explicit table's for states it lacks (Hawaii). */
export function placeName(store: Store, id: string): string {
  return store.concordance.get(id)?.name ?? extraStates.find((s) => s.id === id)?.name ?? id;
}

/** The ids a scope stands for; undefined means every country. An unknown region is an error. */
export function scopeCountries(store: Store, scope: PlaceScope): string[] | undefined {
  let ids: string[] | undefined = scope.countries?.length ? [...scope.countries] : undefined;
  const narrow = (field: 'region' | 'continent', value: string, match: (p: Place) => (string | null)[]) => {
    const all = places(store);
    const q = normalizeName(value);
    const hit = all
      .filter((p) => match(p).some((v) => v !== null && normalizeName(v) === q))
      .map((p) => p.id);
    if (hit.length === 0) {
      const known = [...new Set(all.flatMap(match).filter((v): v is string => v !== null))].sort();
      throw new InputError(`unknown ${field} '${value}'`, {
        location: { field },
        kind: 'unknown',
        hint: `one of ${known.join(', ')}`,
      });
    }
    ids = ids ? ids.filter((id) => hit.includes(id)) : hit;
  };
  if (scope.region) narrow('region', scope.region, (p) => [p.region, p.unRegion, p.unSubregion]);
  if (scope.continent) narrow('continent', scope.continent, (p) => [p.continent]);
  return ids;
}

function filterOf<T extends PlaceScope>(
  store: Store,
  q: T,
): Omit<T, keyof PlaceScope> & { countries?: string[] } {
  const { countries: _c, region: _r, continent: _k, ...rest } = q;
  const ids = scopeCountries(store, q);
  // An empty intersection (a country outside the region asked for) matches nothing.
  return { ...rest, countries: ids && ids.length === 0 ? ['---'] : ids };
}

/** A visit to the US with the visiting state's name. */
export interface VisitListRow extends VisitRow {
  countryName: string;
}

export async function visits(store: Store, q: VisitQuery = {}): Promise<VisitListRow[]> {
  const f = filterOf(store, q);
  const rows = f.countries?.[0] === '---' ? [] : await loadVisits(store, f);
  return rows.map((r) => ({ ...r, countryName: placeName(store, r.country) }));
}

export interface TripListRow extends TripRow {
  countryName: string;
}

export async function travels(store: Store, q: TravelQuery = {}): Promise<TripListRow[]> {
  const f = filterOf(store, q);
  const rows = f.countries?.[0] === '---' ? [] : await loadTrips(store, f);
  return rows.map((r) => ({ ...r, countryName: placeName(store, r.country) }));
}

/** The latest matching event strictly before a date, and how long before it was. */
export type Gap = { before: string | null; gapDays: number | null; gapYears: number | null };

/**
 * "The first since" questions: the last visit matching `q` before `before` (or the latest of all
 * without it), with the gap in days and years (of 365.25 days). Null when none matches.
 */
export async function lastVisit(
  store: Store,
  q: VisitQuery,
  before?: string,
): Promise<(VisitListRow & Gap) | null> {
  const rows = await visits(store, { ...q, before });
  const last = rows[rows.length - 1];
  return last ? { ...last, ...gap(last.date, before) } : null;
}

export async function lastTrip(
  store: Store,
  q: TravelQuery,
  before?: string,
): Promise<(TripListRow & Gap) | null> {
  const rows = await travels(store, { ...q, before });
  const last = rows[rows.length - 1];
  return last ? { ...last, ...gap(last.date, before) } : null;
}

function gap(date: string, before: string | undefined): Gap {
  if (!before) return { before: null, gapDays: null, gapYears: null };
  const days = daysBetween(date, before);
  return { before, gapDays: days, gapYears: Math.round(daysToYears(days) * 100) / 100 };
}

/** Per-type counts of visits, per country-year (`by: 'year'`) or per country over the whole span. */
export type VisitCountRow = {
  country: string;
  countryName: string;
  /** null when counting by country. */
  year: number | null;
  total: number;
  first: string;
  last: string;
} & Record<VisitTypeKey, number>;

/** Visit types as object keys: official-working becomes officialWorking. */
export type VisitTypeKey =
  | 'state'
  | 'official'
  | 'officialWorking'
  | 'working'
  | 'private'
  | 'summit'
  | 'other';
export const visitTypeKey = (t: VisitType): VisitTypeKey =>
  t === 'official-working' ? 'officialWorking' : t;

export async function countVisits(
  store: Store,
  q: VisitQuery,
  by: 'year' | 'country',
): Promise<VisitCountRow[]> {
  const rows = await visits(store, q);
  const cells = new Map<string, VisitCountRow>();
  for (const v of rows) {
    const year = by === 'year' ? v.year : null;
    const k = `${v.country}|${year}`;
    let c = cells.get(k);
    if (!c) {
      const zero = Object.fromEntries(visitTypes.map((t) => [visitTypeKey(t), 0])) as Record<
        VisitTypeKey,
        number
      >;
      c = {
        country: v.country,
        countryName: v.countryName,
        year,
        total: 0,
        first: v.date,
        last: v.date,
        ...zero,
      };
      cells.set(k, c);
    }
    c.total++;
    c[visitTypeKey(v.type)]++;
    c.last = v.date;
  }
  return [...cells.values()].sort((a, b) =>
    by === 'country'
      ? b.total - a.total || a.country.localeCompare(b.country)
      : a.country.localeCompare(b.country) || (a.year ?? 0) - (b.year ?? 0),
  );
}

export interface TripCountRow {
  country: string;
  countryName: string;
  year: number | null;
  total: number;
  president: number;
  secretary: number;
  first: string;
  last: string;
}

export async function countTravels(
  store: Store,
  q: TravelQuery,
  by: 'year' | 'country',
): Promise<TripCountRow[]> {
  const rows = await travels(store, q);
  const cells = new Map<string, TripCountRow>();
  for (const t of rows) {
    const year = by === 'year' ? t.year : null;
    const k = `${t.country}|${year}`;
    let c = cells.get(k);
    if (!c) {
      c = {
        country: t.country,
        countryName: t.countryName,
        year,
        total: 0,
        president: 0,
        secretary: 0,
        first: t.date,
        last: t.date,
      };
      cells.set(k, c);
    }
    c.total++;
    c[t.role]++;
    c.last = t.date;
  }
  return [...cells.values()].sort((a, b) =>
    by === 'country'
      ? b.total - a.total || a.country.localeCompare(b.country)
      : a.country.localeCompare(b.country) || (a.year ?? 0) - (b.year ?? 0),
  );
}

/** One country-year of the US-side relationship intensity (docs/methods/visits.md). */
export interface IntensityRow {
  country: string;
  year: number;
  /** Distinct visits of the country's leaders to the US. */
  visitsIn: number;
  /** Distinct trips there by the US president or secretary of state. */
  travelsOut: number;
  /** Level-weighted sum of both. */
  intensity: number;
}

/**
 * The US-side relationship intensity per country-year, for the composite bearing. With `country`,
 * every year from `from` to `to` is returned (zeros included; default: the years the records cover);
 * without it, only the country-years with at least one visit or trip (the others are zero).
 */
export async function visitIntensity(
  store: Store,
  options: { country?: string; from?: number; to?: number } = {},
): Promise<IntensityRow[]> {
  const { country, from, to } = options;
  for (const [field, y] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (y !== undefined && (!Number.isInteger(y) || y < 1800 || y > 2100)) {
      throw new InputError(`year must be an integer between 1800 and 2100, got ${y}`, {
        location: { field },
      });
    }
  }
  checkRangeOrder(from, to);
  const id = country === undefined ? undefined : resolvePlace(store, country);
  const key = `intensity:${id ?? '*'}`;
  let series = store.cache.get(key) as IntensityRow[] | undefined;
  if (!series) {
    const e = await loadContactEvents(store, id ? [id] : undefined);
    const weights = new Float64Array(e.country.length);
    const keys = new Array<string>(e.country.length);
    for (let i = 0; i < weights.length; i++) {
      const level = e.level[i];
      weights[i] = e.outbound[i] ? tripWeights[level as TravelRole] : visitWeights[level as VisitType];
      keys[i] = `${e.person[i]}|${e.country[i]}|${e.date[i]}`;
    }
    const s = relationshipIntensity({
      country: e.country,
      year: e.year,
      weight: weights,
      outbound: e.outbound,
      key: keys,
    });
    series = s.country.map((c, i) => ({
      country: c,
      year: s.year[i],
      visitsIn: s.visitsIn[i],
      travelsOut: s.travelsOut[i],
      intensity: s.intensity[i],
    }));
    store.cache.set(key, series);
  }
  const inRange = series.filter(
    (r) => (from === undefined || r.year >= from) && (to === undefined || r.year <= to),
  );
  if (!id) return inRange;
  const cover = await eventCoverage(store);
  const year = (d: string) => Number(d.slice(0, 4));
  const first = from ?? Math.min(year(cover.visits.from), year(cover.travels.from));
  const last = to ?? Math.max(year(cover.visits.to), year(cover.travels.to));
  const byYear = new Map(inRange.map((r) => [r.year, r]));
  const dense: IntensityRow[] = [];
  for (let y = first; y <= last; y++) {
    dense.push(byYear.get(y) ?? { country: id, year: y, visitsIn: 0, travelsOut: 0, intensity: 0 });
  }
  return dense;
}

/** A country query (id, code or name) to its id; also knows the states the concordance lacks. */
export function resolvePlace(store: Store, query: string, field = 'country'): string {
  const q = normalizeName(query);
  const extra = extraStates.find(
    (s) =>
      s.id === query.trim().toUpperCase() ||
      [s.name, s.name.split(' (')[0]].some((n) => normalizeName(n) === q),
  );
  if (extra) return extra.id;
  return store.concordance.resolve(query, { field }).id;
}
