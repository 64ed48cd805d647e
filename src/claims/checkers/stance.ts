import type { Stance } from '../../measures/bearing/composite.js';
import { defaultPoles, resolvePoles } from '../../params/poles.js';
import { rangeOrderProblem } from '../../params/years.js';
import { bearingProfile, dimensionIds, parseWeights, providers } from '../../queries/bearing.js';
import type { ClaimBase, ClaimType } from '../claim.js';
import { type Verdict, verdictWords } from '../verdict.js';

export interface StanceClaim extends ClaimBase {
  type: 'stance';
  country: string;
  /** Two poles, `first,second` (USA,CHN). */
  poles: string;
  /** What the statement says: toward the first pole, the second, or balanced ("facing forward"). */
  stated: 'first' | 'second' | 'balanced';
  from?: number;
  to?: number;
  weights?: string;
  /** Fill a dimension whose data end before a year from up to this many years before (said in the verdict). */
  carryForward?: number;
}

/** "We face neither East nor West": the composite bearing's stance over the years named. */
export const stance: ClaimType<StanceClaim> = {
  type: 'stance',
  fields: ['country', 'poles', 'stated', 'from', 'to', 'weights', 'carryForward'],
  read(f, base) {
    f.only([
      'type',
      'id',
      'statement',
      'country',
      'poles',
      'stated',
      'from',
      'to',
      'weights',
      'carryForward',
    ]);
    const claim: StanceClaim = {
      ...base,
      type: 'stance',
      country: f.string('country'),
      poles: f.optionalString('poles') ?? defaultPoles,
      stated: f.oneOf('stated', ['first', 'second', 'balanced'] as const),
      from: f.optionalYear('from'),
      to: f.optionalYear('to'),
      weights: f.optionalString('weights'),
      carryForward: f.optionalNumber('carryForward', { min: 0, max: 20 }),
    };
    if (claim.carryForward !== undefined && !Number.isInteger(claim.carryForward)) {
      f.fail('carryForward', `carryForward must be a whole number of years, got ${claim.carryForward}`);
    }
    const order = rangeOrderProblem(claim.from, claim.to);
    if (order) f.fail('from', order);
    return claim;
  },
  async check(store, claim): Promise<Verdict> {
    const country = store.concordance.resolve(claim.country, { field: 'country' });
    const poles = resolvePoles(store.concordance, claim.poles);
    const weights = parseWeights(claim.weights);
    const profile = await bearingProfile(store, country.id, {
      poles,
      weights,
      carryForward: claim.carryForward,
    });
    // A year read from one dimension alone says too little about a stance: only years with enough
    // dimensions (the one coverage rule, measures/bearing/coverage.ts) are checked.
    const asked = profile.series.filter(
      (y) =>
        (claim.from === undefined || y.year >= claim.from) && (claim.to === undefined || y.year <= claim.to),
    );
    const years = asked.filter((y) => y.position !== null && y.coverage.enough);
    const partial = asked.filter((y) => !y.coverage.enough && y.coverage.label !== null);
    const spans = (
      await Promise.all(
        providers.map(async (p) => {
          const c = await p.coverage(store);
          return c ? `${p.id} ${c.from}-${c.to}` : `${p.id} none`;
        }),
      )
    ).join(', ');
    const base = { id: claim.id, type: claim.type, statement: claim.statement };
    const [a, b] = profile.poles;
    const label = (s: Stance | null) =>
      s === 'first'
        ? `toward ${a}`
        : s === 'second'
          ? `toward ${b}`
          : s === 'balanced'
            ? 'balanced'
            : s === 'disengaged'
              ? 'engaged with neither'
              : 'no reading';
    const statedWords = label(claim.stated);
    if (years.length === 0) {
      return {
        ...base,
        verdict: 'not checkable',
        summary: `Not checkable with this data: no year with at least two dimensions for ${country.name} between ${a} and ${b} in the years named${partial.length ? ` (${partial[partial.length - 1].year}: ${partial[partial.length - 1].coverage.label})` : ''}.`,
        evidence: {
          figures: {},
          comparedWith: 'the composite bearing',
          coverage: `no year with two dimensions; data: ${spans}`,
          sources: [],
        },
      };
    }
    const matching = years.filter((y) => y.stance === claim.stated);
    const latest = years[years.length - 1];
    const share = matching.length / years.length;
    const verdict =
      share === 1
        ? 'supported'
        : share >= 0.5 || latest.stance === claim.stated
          ? 'partly supported'
          : 'not supported';
    const span = `${years[0].year}-${latest.year}`;
    const hedging = latest.hedging
      ? ` It hedges: ${latest.hedging.first.join(' and ')} toward ${a}, ${latest.hedging.second.join(' and ')} toward ${b}.`
      : '';
    const dims = latest.coverage.used
      .map((d) => {
        const x = latest.dimensions[d];
        return `${d} ${(x.position ?? 0).toFixed(2)}${x.carried ? ` carried from ${x.dataYear}` : ''}`;
      })
      .join(', ');
    const summary =
      `${verdictWords[verdict]}: ` +
      `the statement says ${statedWords}; bearing reads ${country.name} as ${label(latest.stance)} in ${latest.year} ` +
      `(position ${latest.position?.toFixed(2)} on a scale from -1, ${a}, to +1, ${b}; balance ${latest.balance?.toFixed(2)}; ${dims}), ` +
      `and ${statedWords} in ${matching.length} of ${years.length} years ${span}.${hedging} Dimensions used in ${latest.year}: ${latest.coverage.used.join(', ')}; default weights unless stated.`;
    return {
      ...base,
      verdict,
      summary,
      evidence: {
        figures: {
          latestYear: latest.year,
          position: latest.position,
          balance: latest.balance,
          spread: latest.spread,
          latestStance: latest.stance,
          yearsMatching: matching.length,
          yearsChecked: years.length,
          dimensionsUsed: latest.coverage.used.join(', '),
          ...Object.fromEntries(dimensionIds.map((d) => [d, latest.dimensions[d].position])),
        },
        comparedWith: `the composite bearing between ${a} and ${b}, year by year (docs/methods/bearing.md)`,
        coverage: `${span}; ${spans}${partial.length ? `; left out (too few dimensions): ${partial.map((y) => y.year).join(', ')}` : ''}`,
        sources: [
          { file: 'unga/unvotes_un_votes.csv.gz', rows: [], note: 'votes of the years checked' },
          {
            file: 'trade/imf_dots_exports_fob_by_partner_1960_2020.csv.gz',
            rows: [],
            note: 'flows with the poles',
          },
          {
            file: 'finance/wb_ids_africa_ppg_debt_stocks_by_creditor_2000_2024.csv',
            rows: [],
            note: 'debt stocks by creditor',
          },
        ],
      },
    };
  },
};
