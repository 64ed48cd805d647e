import { daysBetween, daysToYears } from '../../measures/intensity.js';
import { visits } from '../../queries/visits.js';
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
  /** The event: a visit to the US by a leader of a country, region or continent. */
  event: {
    kind: 'visit';
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
    e.only(['kind', 'visitType', 'headOfState', 'country', 'region', 'continent']);
    return {
      ...base,
      type: 'first-since',
      event: {
        kind: e.oneOf('kind', ['visit'] as const, 'visit'),
        visitType: e.oneOf('visitType', [...visitTypes, 'any'] as const, 'any'),
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

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
