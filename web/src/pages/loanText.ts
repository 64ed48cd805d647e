// The loan page's words and field units, kept out of the component so a test can hold them to the
// calculator's conventions (src/measures/loans/grantElement.ts) without a browser.
import type { LoanForm } from './loanApi';

/** The scale every amount on the page is in: the calculator is scale-free, the page names one. */
export const loanAmountUnit = 'US$ million';

export const loanFields: {
  key: keyof LoanForm;
  label: string;
  step: number;
  min: number;
  max: number;
  unit?: string;
}[] = [
  { key: 'amount', label: 'Amount', step: 1, min: 1, max: 1e12, unit: loanAmountUnit },
  { key: 'rate', label: 'Interest rate', step: 0.05, min: 0, max: 50, unit: '% a year' },
  { key: 'maturity', label: 'Maturity', step: 0.5, min: 0.5, max: 100, unit: 'years' },
  { key: 'grace', label: 'Grace period', step: 0.5, min: 0, max: 99, unit: 'years' },
  { key: 'frequency', label: 'Payments a year', step: 1, min: 1, max: 12 },
  { key: 'upfrontFee', label: 'Up-front fee', step: 0.05, min: 0, max: 20, unit: '% of amount' },
  { key: 'discount', label: 'Discount rate', step: 0.1, min: 0, max: 50, unit: '%' },
];

/** The debt-service chart's y axis. */
export const debtServiceAxis = `Debt service (${loanAmountUnit})`;

/**
 * What the discount rates are: the IMF test uses 5% for every borrower; the OECD DAC rate depends on the
 * borrower's income group (docs/methods/loans.md), so the page must not say "5%" for both.
 */
export const discountRateNote =
  'The IMF uses a 5% discount rate for every borrower (concessional: a grant element of at least 35%). ' +
  'The OECD DAC rate depends on the borrower: 9% for least developed and other low-income countries ' +
  '(at least 45%), 7% for lower-middle-income countries (at least 15%), 6% for upper-middle-income ' +
  'countries (at least 10%), and 5% or 6% for loans to multilateral institutions (at least 10%).';
