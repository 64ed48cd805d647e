import { isIsoDate } from '../dates.js';
import { InputError } from '../errors.js';
import { type ParticipantLevel, participantLevels } from '../visits/engagements.js';
import { historianHeadTitles } from '../visits/level.js';
import type { LeaderVisit } from './diplomacyTables.js';
import type { Store } from './open.js';
import { rebuildHint } from './readManifest.js';
import { quoteLiteral } from './sql.js';

export type Pole = LeaderVisit['pole'];
export const visitPoles: readonly Pole[] = ['USA', 'CHN'];
export type Direction = LeaderVisit['direction'];
export type { ParticipantLevel };
export { participantLevels };

/** Which rows of leader_visits to read; dates ISO and inclusive, `before` exclusive. */
export interface LeaderVisitFilter {
  poles?: readonly Pole[];
  directions?: readonly Direction[];
  countries?: readonly string[];
  /** The pole-side participant's level (head: president/premier; foreign-minister). */
  poleLevels?: readonly ParticipantLevel[];
  from?: string;
  to?: string;
  before?: string;
}

/** A row of leader_visits as queries return it. */
export type LeaderVisitRow = LeaderVisit;

/** The US record (datasets visits) is needed; China's (diplomacy) joins it when present. */
export function hasLeaderVisits(store: Store): boolean {
  return store.has('visits') && store.has('travels');
}

function requireTable(store: Store): void {
  if (!hasLeaderVisits(store)) {
    throw new InputError('the snapshot has no visits record (datasets visits and diplomacy)', {
      location: { field: 'visits' },
      hint: rebuildHint,
      kind: 'unavailable',
    });
  }
}

/**
 * leader_visits: both poles' records in one shape, as SQL over the tables of both datasets. The level
 * rules are the same for both: a head of state or government, a foreign minister (the US secretary of
 * state, China's foreign minister and its state councilor / Politburo member for foreign affairs), or
 * other. The Historian's visitor titles are mapped by src/visits/level.ts.
 */
export function leaderVisitsSql(store: Pick<Store, 'has'>): string {
  // Constants, but quoted through the one audited function all the same.
  const heads = historianHeadTitles.map(quoteLiteral).join(', ');
  const us = `
    SELECT 'USA' AS pole, 'in' AS direction, start_date AS date, end_date, year, country, NULL AS city,
      'President of the United States' AS pole_person, 'head' AS pole_level, visitor AS counterpart,
      role AS counterpart_title,
      CASE WHEN lower(trim(role)) IN (${heads}) THEN 'head' ELSE 'other' END AS counterpart_level,
      type AS kind, 'visits' AS source_table, source_file, source_line FROM visits
    UNION ALL
    SELECT 'USA', 'out', start_date, end_date, year, country, NULLIF(locale, ''), name,
      CASE WHEN role = 'president' THEN 'head' ELSE 'foreign-minister' END, NULL, NULL, NULL,
      'trip-' || role, 'travels', source_file, source_line FROM travels`;
  const china = store.has('china_engagements')
    ? `
    UNION ALL
    SELECT 'CHN', CASE WHEN class = 'trip' THEN 'out' ELSE 'in' END, date, NULL, year, country, city, chinese_leader,
      CASE WHEN chinese_office = 'foreign-minister' THEN 'foreign-minister' ELSE 'head' END, visitor, visitor_title,
      visitor_level, rule, 'china_engagements', source_file, source_line
    FROM china_engagements WHERE class IN ('trip', 'received')`
    : '';
  return `(${us}${china})`;
}

function check(filter: LeaderVisitFilter): void {
  for (const field of ['from', 'to', 'before'] as const) {
    const d = filter[field];
    if (d !== undefined && !isIsoDate(d))
      throw new InputError(`expected a date yyyy-mm-dd, got '${d}'`, { location: { field } });
  }
  for (const p of filter.poles ?? [])
    if (!visitPoles.includes(p))
      throw new InputError(`no visits record for pole '${p}'`, {
        location: { field: 'pole' },
        hint: `records exist for ${visitPoles.join(', ')}`,
      });
  for (const d of filter.directions ?? [])
    if (d !== 'out' && d !== 'in')
      throw new InputError(`unknown direction '${d}'`, { location: { field: 'direction' } });
  for (const l of filter.poleLevels ?? [])
    if (!participantLevels.includes(l))
      throw new InputError(`unknown level '${l}'`, {
        location: { field: 'level' },
        hint: `one of ${participantLevels.join(', ')}`,
      });
  for (const c of filter.countries ?? [])
    if (!/^[A-Z]{3}$/.test(c))
      throw new InputError(`not a country id: '${c}'`, { location: { field: 'country' } });
}

/** Rows of leader_visits matching the filter, oldest first (every value reaching SQL is checked above). */
export async function loadLeaderVisits(
  store: Store,
  filter: LeaderVisitFilter = {},
): Promise<LeaderVisitRow[]> {
  requireTable(store);
  check(filter);
  const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
  const where: string[] = [];
  if (filter.poles?.length) where.push(`pole IN (${list(filter.poles)})`);
  if (filter.directions?.length) where.push(`direction IN (${list(filter.directions)})`);
  if (filter.countries?.length) where.push(`country IN (${list(filter.countries)})`);
  if (filter.poleLevels?.length) where.push(`pole_level IN (${list(filter.poleLevels)})`);
  if (filter.from) where.push(`date >= DATE '${filter.from}'`);
  if (filter.to) where.push(`date <= DATE '${filter.to}'`);
  if (filter.before) where.push(`date < DATE '${filter.before}'`);
  const r = await store.connection.runAndReadAll(
    `SELECT pole, direction, date::VARCHAR AS date, end_date::VARCHAR AS end_date, year, country, city, pole_person,
       pole_level, counterpart, counterpart_title, counterpart_level, kind, source_table, source_file, source_line
     FROM ${leaderVisitsSql(store)} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY date, pole, source_table, source_line`,
  );
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return r.getRowObjectsJS().map((o) => ({
    pole: String(o.pole) as Pole,
    direction: String(o.direction) as Direction,
    date: String(o.date),
    endDate: s(o.end_date),
    year: Number(o.year),
    country: String(o.country),
    city: s(o.city),
    polePerson: String(o.pole_person),
    poleLevel: String(o.pole_level) as LeaderVisit['poleLevel'],
    counterpart: s(o.counterpart),
    counterpartTitle: s(o.counterpart_title),
    counterpartLevel: s(o.counterpart_level) as LeaderVisit['counterpartLevel'],
    kind: String(o.kind),
    sourceTable: String(o.source_table),
    sourceFile: String(o.source_file),
    sourceLine: Number(o.source_line),
  }));
}

/** The years each pole's record covers (first and last year with a row). */
export async function leaderVisitCoverage(store: Store): Promise<Map<Pole, { from: number; to: number }>> {
  requireTable(store);
  const r = await store.connection.runAndReadAll(
    `SELECT pole, min(year) AS f, max(year) AS t FROM ${leaderVisitsSql(store)} GROUP BY pole`,
  );
  return new Map(
    r.getRowObjectsJS().map((o) => [String(o.pole) as Pole, { from: Number(o.f), to: Number(o.t) }]),
  );
}

/** Rows of china_engagements by class and rule (for status and docs). */
export async function engagementClassCounts(
  store: Store,
): Promise<{ class: string; rule: string; rows: number }[]> {
  if (!store.has('china_engagements')) return [];
  const r = await store.connection.runAndReadAll(
    'SELECT class, rule, count(*) AS n FROM china_engagements GROUP BY ALL ORDER BY class, rule',
  );
  return r
    .getRowObjectsJS()
    .map((o) => ({ class: String(o.class), rule: String(o.rule), rows: Number(o.n) }));
}
