import type { Country } from '../countries/country.js';
import { InputError } from '../errors.js';
import type { Store } from '../store/open.js';
import type { VoteFilter } from '../store/votes.js';
import type { IssueCode } from '../votes/rollCall.js';
import { limits } from './schemas.js';

/**
 * Request parameters into the typed inputs of src/queries. The schemas have already checked types
 * and ranges; what is left here needs the data (country names) or spans several parameters.
 */
export function country(store: Store, query: string, field: string): Country {
  return store.concordance.resolve(query, { field });
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
    if (from > to) {
      throw new InputError(`impossible year range: from ${from} is after to ${to}`, {
        location: { field: 'from' },
      });
    }
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
  };
}
