import { InputError } from '../../errors.js';
import type { LoanTermsInput } from '../../finance/loanTerms.js';
import { cashFlows } from '../../measures/loans/cashFlows.js';
import { type DacGroup, dacGroup, dacGroups, dacTest, imfTest } from '../../measures/loans/grantElement.js';
import { refinancing } from '../../measures/loans/refinance.js';
import { loanTerms } from '../../measures/loans/terms.js';
import type { ClaimBase, ClaimType } from '../claim.js';
import type { Fields } from '../fields.js';
import type { Verdict } from '../verdict.js';

export interface ConcessionalClaim extends ClaimBase {
  type: 'concessional';
  /** The loan said to be concessional. Rates and fees in percent, as loan documents state them. */
  loan: LoanTermsInput;
  test: 'IMF' | 'DAC';
  /** The borrower's DAC income group (needed for the DAC test). */
  group?: DacGroup;
  /** Market terms it replaces or is compared with: the claim is then that it lowers the cost. */
  compareWith?: Omit<LoanTermsInput, 'amount'> & { amount?: number };
  /** Discount rate in percent for the present-value comparison (default 5). */
  discount: number;
}

const termFields = [
  'amount',
  'currency',
  'rate',
  'margin',
  'reference',
  'maturity',
  'grace',
  'profile',
  'frequency',
  'upfrontFee',
  'commitmentFee',
  'insurancePremium',
];
const pct = (x: number | undefined) => (x === undefined ? undefined : x / 100);

function readTerms(f: Fields, amountRequired: boolean): LoanTermsInput {
  f.only(termFields);
  return {
    amount: amountRequired
      ? f.number('amount', { min: 0 })
      : (f.optionalNumber('amount', { min: 0 }) as number),
    currency: f.optionalString('currency'),
    rate: pct(f.optionalNumber('rate', { min: -100, max: 100 })),
    margin: pct(f.optionalNumber('margin', { min: -100, max: 100 })),
    maturity: f.number('maturity', { min: 0, max: 100 }),
    grace: f.optionalNumber('grace', { min: 0, max: 100 }),
    profile: f.optionalString('profile'),
    frequency: f.optionalNumber('frequency', { min: 1, max: 12 }),
    upfrontFee: pct(f.optionalNumber('upfrontFee', { min: 0, max: 100 })),
    commitmentFee: pct(f.optionalNumber('commitmentFee', { min: 0, max: 100 })),
    insurancePremium: pct(f.optionalNumber('insurancePremium', { min: 0, max: 100 })),
  };
}

/** Validates terms through the loan engine, renaming its field to the claim's path. */
function terms(input: LoanTermsInput, path: string, file?: string) {
  try {
    return loanTerms(input);
  } catch (e) {
    if (e instanceof InputError) {
      throw new InputError(e.message, {
        location: { file, field: `${path}.${e.location.field ?? ''}` },
        hint: e.hint,
        suggestions: e.suggestions,
      });
    }
    throw e;
  }
}

/** "Concessional finance lowers the cost": grant element under the IMF or DAC test, and the saving. */
export const concessional: ClaimType<ConcessionalClaim> = {
  type: 'concessional',
  fields: ['loan', 'test', 'group', 'compareWith', 'discount'],
  read(f, base) {
    f.only(['type', 'id', 'statement', 'loan', 'test', 'group', 'compareWith', 'discount']);
    const test = f.oneOf('test', ['IMF', 'DAC'] as const, 'IMF');
    const group = f.has('group') ? dacGroup(f.string('group'), `${f.path}.group`) : undefined;
    if (test === 'DAC' && !group) {
      f.fail('group', "the DAC test needs the borrower's income group", `one of ${dacGroups.join(', ')}`);
    }
    const loan = readTerms(f.object('loan'), true);
    terms(loan, `${f.path}.loan`, f.file);
    const compareWith = f.has('compareWith') ? readTerms(f.object('compareWith'), false) : undefined;
    if (compareWith)
      terms({ ...compareWith, amount: compareWith.amount ?? loan.amount }, `${f.path}.compareWith`, f.file);
    return {
      ...base,
      type: 'concessional',
      loan,
      test,
      group,
      compareWith,
      discount: f.optionalNumber('discount', { min: 0, max: 50 }) ?? 5,
    };
  },
  async check(_store, claim): Promise<Verdict> {
    const flows = cashFlows(terms(claim.loan, 'loan'));
    const result = claim.test === 'IMF' ? imfTest(flows) : dacTest(flows, claim.group!);
    const ge = (100 * result.grantElement).toFixed(1);
    const th = (100 * result.threshold).toFixed(0);
    const testWords =
      claim.test === 'IMF'
        ? 'the IMF test (5% discount rate, 35% threshold)'
        : `the OECD DAC test for ${claim.group} borrowers (${(100 * result.discountRate).toFixed(0)}% discount rate, ${th}% threshold)`;
    const base = { id: claim.id, type: claim.type, statement: claim.statement };
    const figures: Record<string, number | string | boolean | null> = {
      grantElementPercent: Number(ge),
      thresholdPercent: Number(th),
      discountRatePercent: 100 * result.discountRate,
      concessional: result.concessional,
    };
    let saving = '';
    let lowers = true;
    if (claim.compareWith) {
      const market = cashFlows(
        terms({ ...claim.compareWith, amount: claim.compareWith.amount ?? claim.loan.amount }, 'compareWith'),
      );
      const r = refinancing(market, flows, claim.discount / 100);
      figures.interestSaving = round(r.interestSaving);
      figures.presentValueSaving = round(r.presentValueSaving);
      figures.presentValueMarket = round(r.presentValueFrom);
      figures.presentValueConcessional = round(r.presentValueTo);
      lowers = r.presentValueSaving > 0;
      saving = ` Against the market terms given, it ${lowers ? 'saves' : 'costs'} ${fmt(Math.abs(r.interestSaving))} in interest and ${fmt(Math.abs(r.presentValueSaving))} in present value at ${claim.discount}% (${fmt(r.presentValueFrom)} against ${fmt(r.presentValueTo)}).`;
    }
    // Without market terms the claim is that the loan is concessional; with them, also that it lowers the cost.
    const verdict = !claim.compareWith
      ? result.concessional
        ? 'supported'
        : 'not supported'
      : result.concessional && lowers
        ? 'supported'
        : result.concessional || lowers
          ? 'partly supported'
          : 'not supported';
    return {
      ...base,
      verdict,
      summary: `${verdict === 'supported' ? 'Supported' : verdict === 'partly supported' ? 'Partly supported' : 'Not supported'}: the loan's grant element is ${ge}% under ${testWords}, so it ${result.concessional ? 'is' : 'is not'} concessional.${saving} Loan terms as stated in the claim; no fees unless stated.`,
      evidence: {
        figures,
        comparedWith: claim.compareWith ? 'the market terms given, discounted at the stated rate' : testWords,
        coverage: 'computed from the terms in the claim (docs/methods/loans.md)',
        sources: [],
      },
    };
  },
};

const round = (x: number) => Math.round(x * 100) / 100;
const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });
