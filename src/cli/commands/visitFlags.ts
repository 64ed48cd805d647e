// Flags shared by the visits-family commands (visits, travels, the leader-visits mode of visits).
import type { Format } from '../../format/rows.js';
import { dateBound } from '../../params/dates.js';
import { checkRangeOrder, flagBounds } from '../../params/years.js';
import { type PlaceScope, resolvePlace, scopeCountries } from '../../queries/visits.js';
import type { Store } from '../../store/open.js';
import { listFlag } from '../args.js';
import type { Values } from '../command.js';

/** `--from 2008` is 2008-01-01, `--to 2008` is 2008-12-31; a full date is taken as it is. */
export function dateFlag(raw: unknown, field: string, end: 'start' | 'end'): string | undefined {
  return dateBound(raw, field, end);
}

/** --country (and a positional COUNTRY), --region, --continent. */
export function placeScope(store: Store, values: Values, positionals: string[]): PlaceScope {
  const queries = [...positionals, ...listFlag(values.country as string | undefined)];
  const scope: PlaceScope = {
    countries: queries.map((q) => resolvePlace(store, q)),
    region: values.region as string | undefined,
    continent: values.continent as string | undefined,
  };
  scopeCountries(store, scope); // validates region and continent names up front
  return scope;
}

export function dateRange(values: Values): { from?: string; to?: string; before?: string } {
  const from = dateFlag(values.from, 'from', 'start');
  const to = dateFlag(values.to, 'to', 'end');
  checkRangeOrder(from, to, {
    names: flagBounds,
    kind: 'range',
    shown: { from: values.from, to: values.to },
  });
  const before = dateFlag(values.before, 'before', 'start');
  return { from, to, before };
}

export const placeOptions = {
  country: { type: 'string' },
  region: { type: 'string' },
  continent: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  before: { type: 'string' },
  last: { type: 'boolean' },
  'count-by': { type: 'string' },
} as const;

/** In the human table, long texts are cut; JSON and CSV keep them whole. */
export function clip<R extends object>(rows: R[], key: keyof R, format: Format, width = 70): R[] {
  if (format !== 'table') return rows;
  return rows.map((r) => {
    const v = r[key];
    return typeof v === 'string' && v.length > width ? { ...r, [key]: `${v.slice(0, width - 1)}…` } : r;
  });
}
