// Loan terms as a face, a claim or a record states them: finance vocabulary shared by the measures
// (which validate them, src/measures/loans/terms.ts) and the request parameters that parse them.

/** A drawing on the loan, `time` in years from signing. */
export interface Disbursement {
  time: number;
  amount: number;
}

/**
 * Loan terms as a face or a record states them, before validation. Rates, fees and premiums are
 * annual fractions (0.02 is 2%); times are years from signing. Give either `rate` (fixed) or
 * `margin` with a `reference` path (floating), never both.
 */
export interface LoanTermsInput {
  amount: number;
  /** ISO 4217 code; optional because grant elements do not depend on it. */
  currency?: string;
  /** Fixed nominal annual rate, paid `frequency` times a year. */
  rate?: number;
  /** Floating: the stated path of the reference rate, one value a loan year (the last one carries on). */
  reference?: readonly number[];
  /** A label for the reference rate (SOFR, EURIBOR 6M, ...); shown, never interpreted. */
  referenceName?: string;
  /** Floating: the margin added to the reference. */
  margin?: number;
  /** Years from signing to the last repayment. */
  maturity: number;
  /** Years from signing with no principal due; the first repayment falls one period later. Default 0. */
  grace?: number;
  /** Default `equal-principal`. */
  profile?: string;
  /** Payment dates a year (1 to 12). Default 2. */
  frequency?: number;
  /** Default: the whole amount at signing. */
  disbursements?: readonly Disbursement[];
  /** Front-end (management) fee, a fraction of the amount, paid at signing. */
  upfrontFee?: number;
  /** Annual fee on the undrawn amount, paid on each payment date. */
  commitmentFee?: number;
  /** Export-credit insurance premium (e.g. Sinosure on China Exim loans), a fraction of the amount, paid at signing. */
  insurancePremium?: number;
}
