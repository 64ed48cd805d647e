import { annualRate, firstRepayment, type LoanTerms, paymentCount, timeTolerance } from './terms.js';

/**
 * One date of a loan's life: signing (period 0) or the k-th payment date. Amounts are in the loan's
 * currency and are what the borrower pays on that date, except `disbursed` (drawn since the
 * previous date) and `outstanding` (drawn and not yet repaid, after this date).
 */
export interface CashFlowRow {
  period: number;
  /** Years from signing. */
  time: number;
  disbursed: number;
  /** All-in annual rate for the interest period ending here (the first period's rate at signing). */
  rate: number;
  interest: number;
  principal: number;
  upfrontFee: number;
  commitmentFee: number;
  insurancePremium: number;
  /** Everything paid on this date: interest, principal, fees and premium. */
  service: number;
  outstanding: number;
}

export interface CashFlows {
  terms: LoanTerms;
  rows: readonly CashFlowRow[];
}

/** Debt service falling in loan year `year` (payments after `year - 1` and up to `year` years from signing). */
export interface YearService {
  year: number;
  interest: number;
  principal: number;
  fees: number;
  service: number;
}

/**
 * The borrower's cash flows under the terms (conventions in docs/methods/loans.md): payment dates
 * every 1/frequency years; interest at rate/frequency on a balance held all period, pro rata in
 * years on drawings made within it; commitment fee the same way on the undrawn amount; principal
 * from one period after the grace period to maturity.
 */
export function cashFlows(terms: LoanTerms): CashFlows {
  const { amount, frequency, profile, disbursements, commitmentFee } = terms;
  const last = paymentCount(terms);
  const first = firstRepayment(terms);
  const repayments = last - first + 1;

  let next = 0;
  let drawnAtSigning = 0;
  while (next < disbursements.length && disbursements[next].time <= timeTolerance) {
    drawnAtSigning += disbursements[next++].amount;
  }
  let outstanding = drawnAtSigning;
  let undrawn = amount - drawnAtSigning;
  const upfrontFee = terms.upfrontFee * amount;
  const insurancePremium = terms.insurancePremium * amount;
  const rows: CashFlowRow[] = [
    {
      period: 0,
      time: 0,
      disbursed: drawnAtSigning,
      rate: annualRate(terms.interest, 0),
      interest: 0,
      principal: 0,
      upfrontFee,
      commitmentFee: 0,
      insurancePremium,
      service: upfrontFee + insurancePremium,
      outstanding,
    },
  ];

  for (let k = 1; k <= last; k++) {
    const time = k / frequency;
    const rate = annualRate(terms.interest, (k - 1) / frequency);
    // Balance-years and undrawn-years over the period: what interest and commitment fee accrue on.
    let balanceYears = outstanding / frequency;
    let undrawnYears = undrawn / frequency;
    let disbursed = 0;
    while (next < disbursements.length && disbursements[next].time <= time + timeTolerance) {
      const d = disbursements[next++];
      const remaining = Math.max(0, time - d.time);
      balanceYears += d.amount * remaining;
      undrawnYears -= d.amount * remaining;
      disbursed += d.amount;
    }
    outstanding += disbursed;
    undrawn -= disbursed;
    const interest = rate * balanceYears;
    const fee = commitmentFee * undrawnYears;

    let principal = 0;
    if (k === last) principal = outstanding;
    else if (k >= first) {
      if (profile === 'equal-principal') principal = amount / repayments;
      else if (profile === 'annuity')
        principal = annuityPrincipal(outstanding, rate / frequency, last - k + 1);
    }
    outstanding -= principal;
    rows.push({
      period: k,
      time,
      disbursed,
      rate,
      interest,
      principal,
      upfrontFee: 0,
      commitmentFee: fee,
      insurancePremium: 0,
      service: interest + principal + fee,
      outstanding,
    });
  }
  return { terms, rows };
}

/**
 * Principal of a level payment that clears `balance` over `remaining` periods at the periodic rate
 * `i`: payment - interest = balance * i / ((1 + i)^remaining - 1), or balance / remaining at 0%.
 */
function annuityPrincipal(balance: number, i: number, remaining: number): number {
  const growth = (1 + i) ** remaining - 1;
  return Math.abs(i) < 1e-12 || growth === 0 ? balance / remaining : (balance * i) / growth;
}

/** Debt service by loan year, years 1 to the maturity rounded up; payments at signing count in year 1. */
export function serviceByYear(flows: CashFlows): YearService[] {
  const years: YearService[] = Array.from(
    { length: Math.ceil(flows.terms.maturity - timeTolerance) },
    (_, i) => ({
      year: i + 1,
      interest: 0,
      principal: 0,
      fees: 0,
      service: 0,
    }),
  );
  for (const row of flows.rows) {
    const y = years[Math.max(1, Math.ceil(row.time - timeTolerance)) - 1];
    y.interest += row.interest;
    y.principal += row.principal;
    y.fees += row.upfrontFee + row.commitmentFee + row.insurancePremium;
    y.service += row.service;
  }
  return years;
}

/** Totals over the life of the loan. */
export function lifetimeTotals(flows: CashFlows): Omit<YearService, 'year'> {
  let interest = 0;
  let principal = 0;
  let fees = 0;
  let service = 0;
  for (const row of flows.rows) {
    interest += row.interest;
    principal += row.principal;
    fees += row.upfrontFee + row.commitmentFee + row.insurancePremium;
    service += row.service;
  }
  return { interest, principal, fees, service };
}
