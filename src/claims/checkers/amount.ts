import { findLoans } from '../../queries/loans.js';
import type { ClaimBase, ClaimType } from '../claim.js';
import { type Verdict, verdictWords } from '../verdict.js';

export interface AmountClaim extends ClaimBase {
  type: 'amount';
  /** Words naming the project or loan, searched in the loan records ("standard gauge railway"). */
  subject: string;
  /** Borrowing country, to narrow the search. */
  country?: string;
  /** The amount stated, in US dollars. */
  statedAmountUsd: number;
  /** Relative tolerance: 0.1 accepts amounts within 10% of the records. */
  tolerance: number;
}

/** "A $4.7 billion railway": the loan records for the project, per source, against the stated amount. */
export const amount: ClaimType<AmountClaim> = {
  type: 'amount',
  fields: ['subject', 'country', 'statedAmountUsd', 'tolerance'],
  read(f, base) {
    f.only(['type', 'id', 'statement', 'subject', 'country', 'statedAmountUsd', 'tolerance']);
    return {
      ...base,
      type: 'amount',
      subject: f.string('subject'),
      country: f.optionalString('country'),
      statedAmountUsd: f.number('statedAmountUsd', { min: 0 }),
      tolerance: f.optionalNumber('tolerance', { min: 0, max: 1 }) ?? 0.1,
    };
  },
  async check(store, claim): Promise<Verdict> {
    const country = claim.country
      ? store.concordance.resolve(claim.country, { field: 'country' })
      : undefined;
    const { loans, totals } = await findLoans(store, { country: country?.id, search: claim.subject });
    const base = { id: claim.id, type: claim.type, statement: claim.statement };
    const stated = claim.statedAmountUsd;
    if (totals.length === 0) {
      return {
        ...base,
        verdict: 'not checkable',
        summary: `Not checkable with this data: no loan record matches "${claim.subject}"${country ? ` for ${country.name}` : ''} (Kenya's external debt register FY2022/23, Chinese Loans to Africa 2000-2020, BU overseas finance 2008-2019).`,
        evidence: {
          figures: { statedAmountUsd: stated },
          comparedWith: 'loan records',
          coverage: 'loan records',
          sources: [],
        },
      } satisfies Verdict;
    }
    // Each source is a separate count of the same loans: compare the stated amount with each, never their sum.
    const deviations = totals.map((t) => ({ ...t, deviation: (stated - t.amountUsd) / t.amountUsd }));
    const closest = [...deviations].sort((a, b) => Math.abs(a.deviation) - Math.abs(b.deviation))[0];
    const within = Math.abs(closest.deviation) <= claim.tolerance;
    const near = Math.abs(closest.deviation) <= 2 * claim.tolerance;
    const verdict = within ? 'supported' : near ? 'partly supported' : 'not supported';
    const bn = (x: number) => `US$${(x / 1e9).toFixed(2)}bn`;
    const names: Record<string, string> = {
      'kenya-register': "Kenya's external debt register",
      cla: 'Chinese Loans to Africa',
      bu: 'BU overseas finance list',
    };
    const perSource = deviations
      .map((d) => `${bn(d.amountUsd)} in ${names[d.source] ?? d.source} (${d.counted} loans)`)
      .join('; ');
    const years = [...new Set(loans.map((l) => l.year))].sort();
    return {
      ...base,
      verdict,
      summary:
        `${verdictWords[verdict]}: ` +
        `the loans recorded for "${claim.subject}" total ${perSource}; the statement's ${bn(stated)} is ${Math.abs(100 * closest.deviation).toFixed(0)}% ${closest.deviation < 0 ? 'below' : 'above'} the closest count ` +
        `(tolerance ${(100 * claim.tolerance).toFixed(0)}%). These are loan commitments (${years.join(', ')}), not the project's full cost.`,
      evidence: {
        figures: {
          statedAmountUsd: stated,
          ...Object.fromEntries(deviations.map((d) => [`${d.source}AmountUsd`, Math.round(d.amountUsd)])),
          closestSource: closest.source,
          deviationPercent: Math.round(1000 * closest.deviation) / 10,
        },
        comparedWith:
          'the committed amounts of the matching loans, per source (sources overlap, so they are never added together)',
        coverage:
          "Kenya's external debt register FY2022/23; Chinese Loans to Africa 2000-2020; BU overseas finance 2008-2019",
        sources: [...new Set(loans.map((l) => l.sourceFile))].map((file) => ({
          file,
          rows: loans.filter((l) => l.sourceFile === file).map((l) => l.sourceLine),
        })),
      },
    };
  },
};
