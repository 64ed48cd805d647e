import { InputError } from '../errors.js';
import { daysBetween, daysToYears } from '../measures/intensity.js';
import { stayGapDays } from '../measures/visits/levels.js';
import {
  type Direction,
  type LeaderVisitRow,
  leaderVisitCoverage,
  loadLeaderVisits,
  type ParticipantLevel,
  type Pole,
  participantLevels,
  visitPoles,
} from '../store/diplomacy.js';
import type { Store } from '../store/open.js';
import { type PlaceScope, placeName, scopeCountries } from './visits.js';

/** Leader-level visits of one pole, in one direction, to or from a place. */
export interface LeaderVisitQuery extends PlaceScope {
  pole: Pole;
  /** out: the pole's leaders abroad; in: visitors the pole receives. */
  direction: Direction;
  /** The traveller's level (out: the pole's leader; in: the visitor); absent: every level. */
  levels?: readonly ParticipantLevel[];
  from?: string;
  to?: string;
}

/** One stay: consecutive recorded days merged (docs/methods/visits.md), shown by its highest-level row. */
export interface LeaderStay extends LeaderVisitRow {
  countryName: string;
  /** The person who travelled: the pole's leader (out) or the visitor (in). */
  traveller: string;
  level: ParticipantLevel;
  /** Last recorded day of the stay, and the rows merged into it. */
  lastDate: string;
  rows: number;
}

const rank: Record<ParticipantLevel, number> = { head: 0, 'foreign-minister': 1, other: 2 };

/** Checks a pole given by a face: only the US and China have visit records. */
export function visitPole(raw: string, field = 'pole'): Pole {
  const p = raw.trim().toUpperCase();
  if (!visitPoles.includes(p as Pole)) {
    throw new InputError(`no visits record for pole '${raw}'`, {
      location: { field },
      hint: `records exist for ${visitPoles.join(' (Office of the Historian) and ')} (China Vitae, 2003-2018)`,
    });
  }
  return p as Pole;
}

export function visitLevels(raw: readonly string[], field = 'level'): ParticipantLevel[] {
  return raw.map((l) => {
    const v = l.trim().toLowerCase();
    if (!participantLevels.includes(v as ParticipantLevel))
      throw new InputError(`unknown level '${l}'`, {
        location: { field },
        hint: `one of ${participantLevels.join(', ')}`,
      });
    return v as ParticipantLevel;
  });
}

/** The stays matching the query, oldest first. */
export async function leaderStays(store: Store, q: LeaderVisitQuery): Promise<LeaderStay[]> {
  const countries = scopeCountries(store, q);
  if (countries && countries.length === 0) return [];
  const rows = await loadLeaderVisits(store, {
    poles: [q.pole],
    directions: [q.direction],
    countries,
    from: q.from,
    to: q.to,
  });
  const levelOf = (r: LeaderVisitRow): ParticipantLevel =>
    q.direction === 'out' ? r.poleLevel : (r.counterpartLevel ?? 'other');
  const kept = q.levels?.length ? rows.filter((r) => q.levels!.includes(levelOf(r))) : rows;
  const byCountry = new Map<string, LeaderVisitRow[]>();
  for (const r of kept) byCountry.set(r.country, [...(byCountry.get(r.country) ?? []), r]);
  const out: LeaderStay[] = [];
  for (const rs of byCountry.values()) {
    let cur: LeaderStay | undefined;
    for (const r of rs) {
      const last = cur?.lastDate ?? r.endDate ?? r.date;
      if (cur && daysBetween(last, r.date) <= stayGapDays) {
        cur.rows++;
        const end = r.endDate ?? r.date;
        if (end > cur.lastDate) cur.lastDate = end;
        if (rank[levelOf(r)] < rank[cur.level])
          Object.assign(cur, stay(r), { rows: cur.rows, lastDate: cur.lastDate, date: cur.date });
        continue;
      }
      cur = { ...stay(r), rows: 1, lastDate: r.endDate ?? r.date };
      out.push(cur);
    }
  }
  function stay(r: LeaderVisitRow): Omit<LeaderStay, 'rows' | 'lastDate'> {
    return {
      ...r,
      countryName: placeName(store, r.country),
      // A visitor read from a news line has no name: say so rather than leave it blank.
      traveller: q.direction === 'out' ? r.polePerson : (r.counterpart ?? 'a visitor named in a news line'),
      level: levelOf(r),
    };
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface LastLeaderVisit {
  /** The latest stay (before `before` when given) and the one before it. */
  latest: LeaderStay | null;
  previous: LeaderStay | null;
  /** Days and years from the previous stay to the latest ("the first since"). */
  gapDays: number | null;
  gapYears: number | null;
  /** Days from the latest stay to `before`, when given. */
  sinceDays: number | null;
  /** Years the pole's record covers. */
  coverage: { from: number; to: number } | null;
}

/** "The first since": the latest matching stay, the one before it, and the gap between them. */
export async function lastLeaderVisit(
  store: Store,
  q: LeaderVisitQuery,
  before?: string,
): Promise<LastLeaderVisit> {
  const stays = (await leaderStays(store, q)).filter((s) => !before || s.date < before);
  const latest = stays.at(-1) ?? null;
  const previous = stays.at(-2) ?? null;
  const gapDays = latest && previous ? daysBetween(previous.date, latest.date) : null;
  return {
    latest,
    previous,
    gapDays,
    gapYears: gapDays === null ? null : Math.round(daysToYears(gapDays) * 100) / 100,
    sinceDays: latest && before ? daysBetween(latest.date, before) : null,
    coverage: (await leaderVisitCoverage(store)).get(q.pole) ?? null,
  };
}

/** Stays per year, pole and direction for one country, by the traveller's level (for charts). */
export interface LeaderVisitCountRow {
  country: string;
  year: number;
  pole: Pole;
  direction: Direction;
  head: number;
  foreignMinister: number;
  other: number;
  total: number;
}

/**
 * Both poles, both directions, every level, per year: the stays of one country's leader-level
 * contacts. A pole's years outside its record have no row (missing, not zero); covered years without
 * a stay have a row of zeros.
 */
export async function leaderVisitCounts(
  store: Store,
  country: string,
  span: { from?: number; to?: number } = {},
): Promise<LeaderVisitCountRow[]> {
  const cover = await leaderVisitCoverage(store);
  const out: LeaderVisitCountRow[] = [];
  for (const pole of visitPoles) {
    const c = cover.get(pole);
    if (!c) continue;
    const from = Math.max(c.from, span.from ?? c.from);
    const to = Math.min(c.to, span.to ?? c.to);
    for (const direction of ['out', 'in'] as const) {
      const stays = await leaderStays(store, {
        pole,
        direction,
        countries: [country],
        from: `${from}-01-01`,
        to: `${to}-12-31`,
      });
      for (let year = from; year <= to; year++) {
        const ys = stays.filter((s) => s.year === year);
        const n = (l: ParticipantLevel) => ys.filter((s) => s.level === l).length;
        out.push({
          country,
          year,
          pole,
          direction,
          head: n('head'),
          foreignMinister: n('foreign-minister'),
          other: n('other'),
          total: ys.length,
        });
      }
    }
  }
  return out;
}
