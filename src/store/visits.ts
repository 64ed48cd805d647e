import { isIsoDate } from '../dates.js';
import { InputError } from '../errors.js';
import { checkRangeOrder } from '../params/years.js';
import { type TravelRole, travelRoles } from '../visits/records.js';
import { type VisitType, visitTypes } from '../visits/visitType.js';
import type { Store } from './open.js';
import { rebuildHint } from './readManifest.js';
import { Where } from './sql.js';

/** Which visits or trips to read. Dates are ISO yyyy-mm-dd and inclusive; `before` is exclusive. */
export interface EventFilter {
  /** Canonical country ids; empty or absent: every country. */
  countries?: readonly string[];
  from?: string;
  to?: string;
  before?: string;
}

export interface VisitFilter extends EventFilter {
  types?: readonly VisitType[];
  /** The visitor's title, case-insensitive ("President", "King", "Prime Minister"). */
  visitorRoles?: readonly string[];
}

export interface TravelFilter extends EventFilter {
  roles?: readonly TravelRole[];
}

/** A visit to the US as the queries return it. */
export interface VisitRow {
  id: number;
  date: string;
  endDate: string;
  year: number;
  visitor: string;
  role: string | null;
  country: string;
  countryLabel: string;
  type: VisitType;
  description: string;
  sourceFile: string;
  sourcePosition: number;
  sourceLine: number;
}

/** A US trip abroad as the queries return it. */
export interface TripRow {
  id: number;
  date: string;
  endDate: string;
  year: number;
  role: TravelRole;
  who: string;
  traveller: string;
  country: string;
  countryLabel: string;
  locale: string;
  remarks: string;
  sourceFile: string;
  sourcePosition: number;
  sourceLine: number;
}

function requireTables(store: Store): void {
  for (const t of ['visits', 'travels']) {
    if (!store.has(t)) {
      throw new InputError(`the snapshot has no ${t} table`, {
        location: { field: t },
        hint: rebuildHint,
        kind: 'unavailable',
      });
    }
  }
}

/** Checks a filter; every value that reaches SQL has been validated here. */
export function validateEventFilter(filter: VisitFilter & TravelFilter): void {
  for (const field of ['from', 'to', 'before'] as const) {
    const d = filter[field];
    if (d !== undefined && !isIsoDate(d)) {
      throw new InputError(`expected a date yyyy-mm-dd, got '${d}'`, { location: { field } });
    }
  }
  checkRangeOrder(filter.from, filter.to, { kind: 'range' });
  for (const c of filter.countries ?? []) {
    if (!/^[A-Z]{3}$/.test(c))
      throw new InputError(`not a country id: '${c}'`, { location: { field: 'country' } });
  }
  for (const r of filter.visitorRoles ?? []) {
    if (!/^[A-Za-z][A-Za-z -]*$/.test(r)) {
      throw new InputError(`not a title: '${r}'`, {
        location: { field: 'role' },
        hint: 'e.g. President, King, Prime Minister',
      });
    }
  }
  for (const t of filter.types ?? []) {
    if (!visitTypes.includes(t)) {
      throw new InputError(`unknown visit type '${t}'`, {
        location: { field: 'type' },
        hint: `one of ${visitTypes.join(', ')}`,
      });
    }
  }
  for (const r of filter.roles ?? []) {
    if (!travelRoles.includes(r)) {
      throw new InputError(`unknown role '${r}'`, {
        location: { field: 'role' },
        hint: `one of ${travelRoles.join(', ')}`,
      });
    }
  }
}

function whereSql(filter: VisitFilter & TravelFilter): Where {
  const where = new Where();
  if (filter.countries?.length) where.in('country', filter.countries);
  if (filter.from) where.add((d) => `start_date >= ${d}::DATE`, filter.from);
  if (filter.to) where.add((d) => `start_date <= ${d}::DATE`, filter.to);
  if (filter.before) where.add((d) => `start_date < ${d}::DATE`, filter.before);
  if (filter.types?.length) where.in('type', filter.types);
  if (filter.visitorRoles?.length)
    where.in(
      'lower(role)',
      filter.visitorRoles.map((r) => r.toLowerCase()),
    );
  if (filter.roles?.length) where.in('role', filter.roles);
  return where;
}

/** Visits to the US matching the filter, oldest first. */
export async function loadVisits(store: Store, filter: VisitFilter = {}): Promise<VisitRow[]> {
  requireTables(store);
  validateEventFilter(filter);
  const where = whereSql(filter);
  const r = await store.connection.runAndReadAll(
    `SELECT id, start_date::VARCHAR AS date, end_date::VARCHAR AS end_date, year, visitor, role, country,
       country_label, type, description, source_file, source_position, source_line
     FROM visits ${where.sql} ORDER BY start_date, id`,
    where.params,
  );
  return r.getRowObjectsJS().map((o) => ({
    id: Number(o.id),
    date: String(o.date),
    endDate: String(o.end_date),
    year: Number(o.year),
    visitor: String(o.visitor),
    role: o.role === null ? null : String(o.role),
    country: String(o.country),
    countryLabel: String(o.country_label),
    type: String(o.type) as VisitType,
    description: String(o.description),
    sourceFile: String(o.source_file),
    sourcePosition: Number(o.source_position),
    sourceLine: Number(o.source_line),
  }));
}

/** US trips abroad matching the filter, oldest first. */
export async function loadTrips(store: Store, filter: TravelFilter = {}): Promise<TripRow[]> {
  requireTables(store);
  validateEventFilter(filter);
  const where = whereSql(filter);
  const r = await store.connection.runAndReadAll(
    `SELECT id, start_date::VARCHAR AS date, end_date::VARCHAR AS end_date, year, role, who, name, country,
       country_label, locale, remarks, source_file, source_position, source_line
     FROM travels ${where.sql} ORDER BY start_date, id`,
    where.params,
  );
  return r.getRowObjectsJS().map((o) => ({
    id: Number(o.id),
    date: String(o.date),
    endDate: String(o.end_date),
    year: Number(o.year),
    role: String(o.role) as TravelRole,
    who: String(o.who),
    traveller: String(o.name),
    country: String(o.country),
    countryLabel: String(o.country_label),
    locale: String(o.locale),
    remarks: String(o.remarks),
    sourceFile: String(o.source_file),
    sourcePosition: Number(o.source_position),
    sourceLine: Number(o.source_line),
  }));
}

/** First and last start dates of the visits and of the trips. */
export async function eventCoverage(
  store: Store,
): Promise<{ visits: { from: string; to: string }; travels: { from: string; to: string } }> {
  requireTables(store);
  const r = await store.connection.runAndReadAll(
    `SELECT (SELECT min(start_date)::VARCHAR FROM visits) AS vf, (SELECT max(start_date)::VARCHAR FROM visits) AS vt,
            (SELECT min(start_date)::VARCHAR FROM travels) AS tf, (SELECT max(start_date)::VARCHAR FROM travels) AS tt`,
  );
  const [o] = r.getRowObjectsJS();
  return {
    visits: { from: String(o.vf), to: String(o.vt) },
    travels: { from: String(o.tf), to: String(o.tt) },
  };
}

/** Visits in and trips out as parallel columns: the slim input of the intensity measure. */
export interface ContactEvents {
  country: string[];
  year: Int16Array;
  /** Visit type (visits in) or traveller role (trips out). */
  level: string[];
  /** Visitor name or traveller slug, for de-duplication. */
  person: string[];
  date: string[];
  /** 1 for a trip out, 0 for a visit in. */
  outbound: Uint8Array;
}

export async function loadContactEvents(store: Store, countries?: readonly string[]): Promise<ContactEvents> {
  requireTables(store);
  validateEventFilter({ countries });
  const where = whereSql({ countries });
  const r = await store.connection.runAndReadAll(
    `SELECT country, year, type AS level, visitor AS person, start_date::VARCHAR AS date, 0::UTINYINT AS outbound FROM visits ${where.sql}
     UNION ALL
     SELECT country, year, role, who, start_date::VARCHAR, 1::UTINYINT FROM travels ${where.sql}`,
    where.params,
  );
  // An empty result has no columns at all (a country with no recorded contact, the US itself).
  const c = r.getColumnsJS();
  const col = (i: number) => c[i] ?? [];
  return {
    country: col(0) as string[],
    year: Int16Array.from(col(1) as number[]),
    level: col(2) as string[],
    person: col(3) as string[],
    date: col(4) as string[],
    outbound: Uint8Array.from(col(5) as number[]),
  };
}
