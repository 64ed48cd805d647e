import type { LoanTermsInput } from '../finance/loanTerms.js';
import { cashFlows, lifetimeTotals } from '../measures/loans/cashFlows.js';
import {
  type DacGroup,
  dacTest,
  grantElement,
  imfTest,
  presentValue,
} from '../measures/loans/grantElement.js';
import { refinancing, replacementTerms } from '../measures/loans/refinance.js';
import { type LoanTerms, loanTerms } from '../measures/loans/terms.js';

/**
 * The loan calculator and the refinancing scenario as one answer each, in the shape `bearing loan
 * --json` and `bearing refinance --json` print: rates in percent, amounts in the loan's currency.
 * Pure: terms in, figures out (the measures are in src/measures/loans/).
 */

/** A fraction as percent without binary noise (0.07 -> 7, not 7.000000000000001). */
const percent = (x: number) => Number((x * 100).toPrecision(12));

export function loanCalculation(
  input: LoanTermsInput,
  options: { discount?: number; group?: DacGroup; schedule?: boolean } = {},
) {
  const terms = loanTerms(input);
  const discount = options.discount ?? 0.05;
  const group = options.group ?? 'LMIC';
  const flows = cashFlows(terms);
  const imf = imfTest(flows);
  const dac = dacTest(flows, group);
  return {
    terms: { ...terms, profile: terms.profile },
    discountRate: percent(discount),
    presentValue: presentValue(flows, discount),
    grantElement: grantElement(flows, discount) * 100,
    imf: {
      discountRate: percent(imf.discountRate),
      threshold: percent(imf.threshold),
      grantElement: imf.grantElement * 100,
      concessional: imf.concessional,
    },
    dac: {
      group,
      discountRate: percent(dac.discountRate),
      threshold: percent(dac.threshold),
      grantElement: dac.grantElement * 100,
      concessional: dac.concessional,
    },
    totals: lifetimeTotals(flows),
    schedule: options.schedule ? flows.rows : undefined,
  };
}

/** Old terms refinanced by new ones (amount and currency carried over unless given). */
export function refinanceCalculation(
  fromTerms: LoanTerms,
  toInput: Omit<LoanTermsInput, 'amount'> & { amount?: number },
  discount = 0.05,
) {
  const to = replacementTerms(fromTerms, toInput);
  const a = cashFlows(fromTerms);
  const b = cashFlows(to);
  const r = refinancing(a, b, discount);
  return {
    from: fromTerms,
    to,
    discountRate: percent(discount),
    years: r.years,
    interestSaving: r.interestSaving,
    costSaving: r.costSaving,
    presentValueFrom: r.presentValueFrom,
    presentValueTo: r.presentValueTo,
    presentValueSaving: r.presentValueSaving,
    grantElementFrom: grantElement(a, discount) * 100,
    grantElementTo: grantElement(b, discount) * 100,
  };
}
