import type { Country } from '../countries/country.js';
import { InputError, type InputLocation } from '../errors.js';
import { resolveCountry } from '../params/countries.js';
import { dateBound } from '../params/dates.js';
import { resolvePoles } from '../params/poles.js';
import type { VoteFilter } from '../params/votes.js';
import type { YearBasis } from '../params/yearBasis.js';
import { checkRangeOrder } from '../params/years.js';
import type { Pole } from '../poles/pole.js';
import type { Store } from '../store/open.js';
import type { IssueCode } from '../votes/rollCall.js';
import { limits } from './schemas.js';

/**
 * Request parameters into the typed inputs of src/queries. The schemas have already checked types
 * and ranges; what is left here needs the data (country names) or spans several parameters.
 */
export function country(store: Store, query: string, field: string): Country {
  return resolveCountry(store.concordance, query, field);
}

/** The `:country` path parameter of a per-country route, resolved. */
export function countryParam(store: Store, request: { params: unknown }): Country {
  return country(store, (request.params as { country: string }).country, 'country');
}

/** The two poles a request names (`first,second`), USA,CHN when it names none. */
export function poles(store: Store, text: string | undefined, location?: InputLocation): [Pole, Pole] {
  return resolvePoles(store.concordance, text, location);
}

/** A comma-separated list, trimmed, duplicates removed, at most `limits.maxList` items. */
export function list(raw: string | undefined, field: string): string[] {
  if (raw === undefined) return [];
  const items = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (items.length > limits.maxList) {
    throw new InputError(`at most ${limits.maxList} items, got ${items.length}`, { location: { field } });
  }
  return items;
}

export function countries(store: Store, raw: string | undefined, field: string): Country[] {
  return list(raw, field).map((q) => country(store, q, field));
}

/** A year range, checked for order and span. */
export function yearSpan(from: number | undefined, to: number | undefined): { from?: number; to?: number } {
  if (from !== undefined && to !== undefined) {
    checkRangeOrder(from, to);
    if (to - from > limits.maxYearSpan) {
      throw new InputError(`a year range spans at most ${limits.maxYearSpan} years`, {
        location: { field: 'to' },
      });
    }
  }
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

export interface VoteFilterQuery {
  from?: number;
  to?: number;
  issue?: string;
  important?: boolean;
  wholeOnly?: boolean;
  yearBasis?: YearBasis;
}

/**
 * The vote filter of a request, normalised (issues sorted and unique, false flags dropped) so that
 * equivalent requests share one cached vote matrix in the store.
 */
export function voteFilter(q: VoteFilterQuery, { years = true } = {}): VoteFilter {
  const issues = [...new Set(list(q.issue, 'issue').map((s) => s.toLowerCase()))].sort() as IssueCode[];
  return {
    ...(years ? yearSpan(q.from, q.to) : {}),
    ...(issues.length && { issues }),
    ...(q.important && { important: true }),
    ...(q.wholeOnly && { wholeOnly: true }),
    ...(q.yearBasis === 'session' && { yearBasis: 'session' as const }),
  };
}

/** `2008` as a start is 2008-01-01, as an end 2008-12-31; a full date must exist in the calendar. */
export function date(raw: string | undefined, field: string, end: 'start' | 'end'): string | undefined {
  return dateBound(raw, field, end);
}

/** from/to/before dates of an event query, checked for order. */
export function dateRange(q: { from?: string; to?: string; before?: string }): {
  from?: string;
  to?: string;
  before?: string;
} {
  const from = date(q.from, 'from', 'start');
  const to = date(q.to, 'to', 'end');
  checkRangeOrder(from, to, { kind: 'range', shown: { from: q.from, to: q.to } });
  return { from, to, before: date(q.before, 'before', 'start') };
}

/** A comma-separated list of names, each one of `allowed` (case-insensitive, spaces as hyphens). */
export function enumList<const T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  field: string,
): T[] {
  return list(raw, field).map((item) => {
    const v = item.toLowerCase().replace(/ /g, '-');
    if (!allowed.includes(v as T)) {
      throw new InputError(`unknown ${field} '${item}'`, {
        location: { field },
        hint: `one of ${allowed.join(', ')}`,
      });
    }
    return v as T;
  });
}
