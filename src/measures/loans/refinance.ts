import type { LoanTermsInput } from '../../finance/loanTerms.js';
import { type CashFlows, lifetimeTotals, serviceByYear } from './cashFlows.js';
import { presentValue } from './grantElement.js';
import { type LoanTerms, loanTerms } from './terms.js';

export interface RefinancingYear {
  year: number;
  /** Debt service in the loan year under the old and the new terms, and old less new. */
  from: number;
  to: number;
  saving: number;
}

export interface Refinancing {
  discountRate: number;
  /** Loan years 1 to the longer maturity. */
  years: RefinancingYear[];
  /** Lifetime interest, old less new (nominal, undiscounted). */
  interestSaving: number;
  /** Lifetime interest, fees and premiums, old less new. */
  costSaving: number;
  presentValueFrom: number;
  presentValueTo: number;
  /** Present value of debt service at `discountRate`, old less new. */
  presentValueSaving: number;
}

/**
 * New terms for refinancing: what `to` leaves out of amount and currency is taken from the debt
 * refinanced, so the comparison is of the same principal drawn on the same day.
 */
export function replacementTerms(
  from: LoanTerms,
  to: Omit<LoanTermsInput, 'amount'> & { amount?: number },
): LoanTerms {
  return loanTerms({ ...to, amount: to.amount ?? from.amount, currency: to.currency ?? from.currency });
}

/** Old against new debt service, year by year, nominal and in present value at `discountRate`. */
export function refinancing(from: CashFlows, to: CashFlows, discountRate: number): Refinancing {
  const presentValueFrom = presentValue(from, discountRate);
  const presentValueTo = presentValue(to, discountRate);
  const a = serviceByYear(from);
  const b = serviceByYear(to);
  const years = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
    const old = a[i]?.service ?? 0;
    const fresh = b[i]?.service ?? 0;
    return { year: i + 1, from: old, to: fresh, saving: old - fresh };
  });
  const totalsFrom = lifetimeTotals(from);
  const totalsTo = lifetimeTotals(to);
  return {
    discountRate,
    years,
    interestSaving: totalsFrom.interest - totalsTo.interest,
    costSaving: totalsFrom.interest + totalsFrom.fees - (totalsTo.interest + totalsTo.fees),
    presentValueFrom,
    presentValueTo,
    presentValueSaving: presentValueFrom - presentValueTo,
  };
}
