import { InputError } from '../../errors.js';
import { daysBetween, daysToYears } from '../../measures/intensity.js';
import { leaderStays } from '../../queries/leaderVisits.js';
import { visits } from '../../queries/visits.js';
import { leaderVisitCoverage } from '../../store/diplomacy.js';
import type { Store } from '../../store/open.js';
import { visitTypes } from '../../visits/visitType.js';
import type { ClaimBase, ClaimType } from '../claim.js';
import type { Verdict } from '../verdict.js';

/** Titles of heads of state in the historian's records (prime ministers and premiers head governments). */
export const headOfStateRoles = [
  'President',
  'King',
  'Queen',
  'Emir',
  'Sultan',
  'Emperor',
  'Shah',
  'Chief of State',
  'Head of State',
  'Grand Duke',
  'Grand Duchess',
  'Regent',
  'Pope',
] as const;

export interface FirstSinceClaim extends ClaimBase {
  type: 'first-since';
  /**
   * The event: by default a visit to the US by a leader of a country, region or continent. With
   * `pole` CHN, or `direction` out, it is read from the two-way record (leader_visits): out = the
   * pole's leader visiting the place, in = a leader of the place received by the pole.
   */
  event: {
    kind: 'visit';
    pole: 'USA' | 'CHN';
    direction: 'in' | 'out';
    /** A visit type (state, official, ...) or `any`. */
    visitType: (typeof visitTypes)[number] | 'any';
    /** Only heads of state (presidents, monarchs), not heads of government. */
    headOfState: boolean;
    country?: string;
    region?: string;
    continent?: string;
  };
  /** The date of the event said to be the first. */
  date: string;
  /** The gap the statement gives, in years ("the first in 16 years"). */
  statedGapYears: number;
}

const scopeWords = (c: FirstSinceClaim['event']) => c.country ?? c.region ?? c.continent ?? 'any country';

/** The last matching visit strictly before the claim's date, with the gap; one query, scanned backwards. */
async function previous(
  store: Store,
  claim: FirstSinceClaim,
  visitType: FirstSinceClaim['event']['visitType'],
) {
  const e = claim.event;
  const rows = await visits(store, {
    types: visitType === 'any' ? undefined : [visitType],
    countries: e.country ? [store.concordance.resolve(e.country, { field: 'event.country' }).id] : undefined,
    region: e.region,
    continent: e.continent,
    before: claim.date,
  });
  // Visits by heads of government are passed over when the claim speaks of heads of state.
  for (let i = rows.length - 1; i >= 0; i--) {
    const v = rows[i];
    if (e.headOfState && !(headOfStateRoles as readonly string[]).includes(v.role ?? '')) continue;
    const days = daysBetween(v.date, claim.date);
    return { ...v, gapDays: days, gapYears: daysToYears(days) };
  }
  return null;
}

/** "The first X since N years": the last matching event before the date, and the gap. */
export const firstSince: ClaimType<FirstSinceClaim> = {
  type: 'first-since',
  fields: ['event', 'date', 'statedGapYears'],
  read(f, base) {
    f.only(['type', 'id', 'statement', 'event', 'date', 'statedGapYears']);
    const e = f.object('event');
    e.only(['kind', 'pole', 'direction', 'visitType', 'headOfState', 'country', 'region', 'continent']);
    const pole = e.oneOf('pole', ['USA', 'CHN'] as const, 'USA');
    const direction = e.oneOf('direction', ['in', 'out'] as const, 'in');
    const visitType = e.oneOf('visitType', [...visitTypes, 'any'] as const, 'any');
    if ((pole !== 'USA' || direction !== 'in') && visitType !== 'any') {
      throw new InputError('visit types are read from the US record of visits to the US only', {
        location: { field: 'event.visitType' },
        hint: 'use "any" with pole CHN or direction out',
      });
    }
    return {
      ...base,
      type: 'first-since',
      event: {
        kind: e.oneOf('kind', ['visit'] as const, 'visit'),
        pole,
        direction,
        visitType,
        headOfState: e.boolean('headOfState', false),
        country: e.optionalString('country'),
        region: e.optionalString('region'),
        continent: e.optionalString('continent'),
      },
      date: f.date('date'),
      statedGapYears: f.number('statedGapYears', { min: 0, max: 300 }),
    };
  },
  async check(store, claim): Promise<Verdict> {
    if (claim.event.pole !== 'USA' || claim.event.direction !== 'in') return checkTwoWay(store, claim);
    const stated = claim.statedGapYears;
    const literal = await previous(store, claim, claim.event.visitType);
    const who = `${claim.event.headOfState ? 'head of state' : 'leader'} from ${scopeWords(claim.event)}`;
    const kind = claim.event.visitType === 'any' ? 'visit of any kind' : `${claim.event.visitType} visit`;
    const base: Omit<Verdict, 'verdict' | 'summary' | 'evidence'> = {
      id: claim.id,
      type: claim.type,
      statement: claim.statement,
    };
    const coverage = 'US State Department Office of the Historian, visits by foreign leaders 1874-2025';
    // Rounded as people round: "16 years" holds for any gap from 15.5 to 16.5 years.
    const holds = (gap: number) => Math.abs(gap - stated) <= 0.5;
    const sourceOf = (v: { sourceFile: string; sourceLine: number; date: string; visitor: string }) => ({
      file: v.sourceFile,
      rows: [v.sourceLine],
      note: `${v.date} ${v.visitor}`,
    });
    if (literal && literal.gapYears !== null && holds(literal.gapYears)) {
      return {
        ...base,
        verdict: 'supported',
        summary: `Supported: the previous ${kind} by a ${who} was ${literal.visitor} (${literal.countryName}) on ${literal.date}, ${literal.gapYears.toFixed(1)} years earlier; the statement says ${stated}.`,
        evidence: {
          figures: {
            previousDate: literal.date,
            previousVisitor: literal.visitor,
            previousCountry: literal.country,
            gapYears: round(literal.gapYears),
            statedGapYears: stated,
          },
          comparedWith: `the last ${kind} by a ${who} before ${claim.date}`,
          coverage,
          sources: [sourceOf(literal)],
        },
      };
    }
    // The literal reading fails: try the narrower reading journalists usually mean (a state visit).
    const narrower = claim.event.visitType === 'any' ? await previous(store, claim, 'state') : null;
    if (narrower && narrower.gapYears !== null && holds(narrower.gapYears) && literal) {
      return {
        ...base,
        verdict: 'partly supported',
        summary: `Partly supported: true of state visits (the previous one by a ${who} was ${narrower.visitor} of ${narrower.countryName}, ${narrower.date}, ${narrower.gapYears.toFixed(1)} years earlier), not of visits of any kind: ${literal.visitor} (${literal.countryName}) visited on ${literal.date}, ${(literal.gapYears ?? 0).toFixed(1)} years before.`,
        evidence: {
          figures: {
            previousStateVisitDate: narrower.date,
            previousStateVisitor: narrower.visitor,
            stateVisitGapYears: round(narrower.gapYears),
            previousAnyVisitDate: literal.date,
            previousAnyVisitor: literal.visitor,
            anyVisitGapYears: round(literal.gapYears ?? 0),
            statedGapYears: stated,
          },
          comparedWith: `the last state visit, and the last visit of any kind, by a ${who} before ${claim.date}`,
          coverage,
          sources: [sourceOf(narrower), sourceOf(literal)],
        },
      };
    }
    if (!literal) {
      return {
        ...base,
        verdict: 'not supported',
        summary: `Not supported as stated: the records hold no earlier ${kind} by a ${who} at all, so it is the first ever in these records, not the first in ${stated} years.`,
        evidence: {
          figures: { statedGapYears: stated },
          comparedWith: `visits before ${claim.date}`,
          coverage,
          sources: [],
        },
      };
    }
    return {
      ...base,
      verdict: 'not supported',
      summary: `Not supported: the previous ${kind} by a ${who} was ${literal.visitor} (${literal.countryName}) on ${literal.date}, ${(literal.gapYears ?? 0).toFixed(1)} years earlier, not ${stated}.`,
      evidence: {
        figures: {
          previousDate: literal.date,
          previousVisitor: literal.visitor,
          gapYears: round(literal.gapYears ?? 0),
          statedGapYears: stated,
        },
        comparedWith: `the last ${kind} by a ${who} before ${claim.date}`,
        coverage,
        sources: [sourceOf(literal)],
      },
    };
  },
};

/**
 * The two-way record (either pole, either direction): the last stay before the date, judged only where
 * the pole's record covers the years the statement speaks of, and "not checkable" where it does not.
 */
async function checkTwoWay(store: Store, claim: FirstSinceClaim): Promise<Verdict> {
  const e = claim.event;
  const stated = claim.statedGapYears;
  const base = { id: claim.id, type: claim.type, statement: claim.statement };
  const recordName =
    e.pole === 'CHN'
      ? 'China Vitae (China’s leaders’ appearances)'
      : 'US State Department, Office of the Historian';
  const cover = (await leaderVisitCoverage(store)).get(e.pole);
  const what =
    e.direction === 'out'
      ? `visit by ${e.pole === 'CHN' ? 'a Chinese' : 'a US'} ${e.headOfState ? 'head of state or government' : 'leader'} to ${scopeWords(e)}`
      : `visit to ${e.pole === 'CHN' ? 'China' : 'the US'} by a ${e.headOfState ? 'head of state or government' : 'leader'} from ${scopeWords(e)}`;
  const coverage = cover ? `${recordName}, ${cover.from}-${cover.to}` : `${recordName}: not in the snapshot`;
  const notCheckable = (why: string): Verdict => ({
    ...base,
    verdict: 'not checkable',
    summary: `Not checkable: ${why}`,
    evidence: {
      figures: { statedGapYears: stated },
      comparedWith: `the last ${what} before ${claim.date}`,
      coverage,
      sources: [],
    },
  });
  if (!cover) return notCheckable(`the snapshot has no ${e.pole} record of visits.`);
  const claimYear = Number(claim.date.slice(0, 4));
  if (claimYear > cover.to || claimYear < cover.from)
    return notCheckable(
      `the ${e.pole} record covers ${cover.from}-${cover.to}; ${claim.date} is outside it, so visits just before it are unknown.`,
    );
  const stays = (
    await leaderStays(store, {
      pole: e.pole,
      direction: e.direction,
      countries: e.country
        ? [store.concordance.resolve(e.country, { field: 'event.country' }).id]
        : undefined,
      region: e.region,
      continent: e.continent,
      levels: e.headOfState ? ['head'] : undefined,
    })
  ).filter((s) => s.date < claim.date);
  const prev = stays.at(-1);
  const windowStart = claimYear - stated;
  if (!prev) {
    if (windowStart < cover.from)
      return notCheckable(
        `no ${what} in the record between ${cover.from} and ${claim.date}, but the statement reaches back to about ${Math.floor(windowStart)}, before the record begins (${cover.from}).`,
      );
    return {
      ...base,
      verdict: 'not supported',
      summary: `Not supported as stated: the record (${cover.from}-${cover.to}) holds no earlier ${what} at all, so it is the first in the record, not the first in ${stated} years.`,
      evidence: {
        figures: { statedGapYears: stated },
        comparedWith: `${what}s before ${claim.date}`,
        coverage,
        sources: [],
      },
    };
  }
  const days = daysBetween(prev.date, claim.date);
  const gap = daysToYears(days);
  const holds = Math.abs(gap - stated) <= 0.5;
  return {
    ...base,
    verdict: holds ? 'supported' : 'not supported',
    summary:
      `${holds ? 'Supported' : 'Not supported'}: the previous ${what} was ${prev.traveller} (${prev.countryName}, ${prev.city ?? ''}) on ${prev.date}, ${gap.toFixed(1)} years earlier; the statement says ${stated}.`.replace(
        ', )',
        ')',
      ),
    evidence: {
      figures: {
        previousDate: prev.date,
        previousTraveller: prev.traveller,
        previousCountry: prev.country,
        gapYears: round(gap),
        statedGapYears: stated,
      },
      comparedWith: `the last ${what} before ${claim.date}`,
      coverage,
      sources: [{ file: prev.sourceFile, rows: [prev.sourceLine], note: `${prev.date} ${prev.traveller}` }],
    },
  };
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
