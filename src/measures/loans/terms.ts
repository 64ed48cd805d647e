import { currencyCode } from '../../currencies/currency.js';
import { InputError } from '../../errors.js';
import type { Disbursement, LoanTermsInput } from '../../finance/loanTerms.js';

/**
 * How principal is repaid after the grace period (docs/methods/loans.md):
 * - `equal-principal`: the same principal every payment date, interest on the balance;
 * - `annuity`: the same total (principal + interest) every payment date, recomputed when a floating
 *   rate resets;
 * - `bullet`: all principal on the last date, interest throughout (grace plays no part).
 */
export const repaymentProfiles = ['equal-principal', 'annuity', 'bullet'] as const;
export type RepaymentProfile = (typeof repaymentProfiles)[number];

export type InterestRate =
  | { kind: 'fixed'; rate: number }
  | { kind: 'floating'; referenceName: string | undefined; reference: readonly number[]; margin: number };

/** Validated terms, defaults filled in, disbursements in time order. */
export interface LoanTerms {
  amount: number;
  currency: string | undefined;
  interest: InterestRate;
  maturity: number;
  grace: number;
  profile: RepaymentProfile;
  frequency: number;
  disbursements: readonly Disbursement[];
  upfrontFee: number;
  commitmentFee: number;
  insurancePremium: number;
}

/** Longest maturity accepted, in years (century bonds exist; longer is a typing error). */
export const maxMaturity = 100;

/** Two times closer than this (in years, about 3 seconds) are the same date. */
export const timeTolerance = 1e-7;

/** The largest loan amount, in its currency: a trillion, far above any loan on record. */
const maxLoanAmount = 1e12;

/**
 * Validates loan terms. Every impossible term throws an InputError naming its field: a
 * non-positive amount, a rate (or reference plus margin) at or below -100%, a grace period not
 * shorter than the maturity, dates off the payment calendar, disbursements that do not add up to
 * the amount or fall after the grace period, an unknown currency or profile.
 */
export function loanTerms(input: LoanTermsInput): LoanTerms {
  const amount = finite(input.amount, 'amount');
  if (amount <= 0) throw invalid('amount', `amount must be positive, got ${amount}`);
  // Cash flows of a larger amount overflow to Infinity in the schedule's sums (1e308 broke the answer).
  if (amount > maxLoanAmount) {
    throw invalid('amount', `amount must be at most ${maxLoanAmount.toExponential()}, got ${amount}`);
  }
  const currency = input.currency === undefined ? undefined : currencyCode(input.currency);
  const interest = interestRate(input);

  const frequency = input.frequency === undefined ? 2 : finite(input.frequency, 'frequency');
  if (!Number.isInteger(frequency) || frequency < 1 || frequency > 12) {
    throw invalid(
      'frequency',
      `frequency must be a whole number of payments a year from 1 to 12, got ${frequency}`,
    );
  }
  const maturity = finite(input.maturity, 'maturity');
  if (maturity <= 0 || maturity > maxMaturity) {
    throw invalid('maturity', `maturity must be above 0 and at most ${maxMaturity} years, got ${maturity}`);
  }
  onCalendar(maturity, frequency, 'maturity');
  const grace = input.grace === undefined ? 0 : finite(input.grace, 'grace');
  if (grace < 0) throw invalid('grace', `grace must not be negative, got ${grace} years`);
  if (grace >= maturity) {
    throw invalid('grace', `grace (${grace} years) must be shorter than maturity (${maturity} years)`);
  }
  onCalendar(grace, frequency, 'grace');

  const profile = repaymentProfile(input.profile ?? 'equal-principal');

  return {
    amount,
    currency,
    interest,
    maturity,
    grace,
    profile,
    frequency,
    disbursements: disbursements(input.disbursements, amount, profile, grace, maturity),
    upfrontFee: fee(input.upfrontFee, 'upfrontFee'),
    commitmentFee: fee(input.commitmentFee, 'commitmentFee'),
    insurancePremium: fee(input.insurancePremium, 'insurancePremium'),
  };
}

/** The all-in annual rate for the interest period that starts `time` years after signing. */
export function annualRate(interest: InterestRate, time: number): number {
  if (interest.kind === 'fixed') return interest.rate;
  const year = Math.floor(time + timeTolerance);
  const path = interest.reference;
  return path[Math.min(year, path.length - 1)] + interest.margin;
}

/** Number of payment dates after signing. */
export function paymentCount(terms: LoanTerms): number {
  return Math.round(terms.maturity * terms.frequency);
}

/** The payment date (k) of the first principal repayment. */
export function firstRepayment(terms: LoanTerms): number {
  return terms.profile === 'bullet' ? paymentCount(terms) : Math.round(terms.grace * terms.frequency) + 1;
}

function repaymentProfile(value: string): RepaymentProfile {
  const profile = repaymentProfiles.find((p) => p === value);
  if (profile) return profile;
  throw new InputError(`unknown repayment profile '${value}'`, {
    location: { field: 'profile' },
    hint: `one of ${repaymentProfiles.join(', ')}`,
  });
}

function interestRate(input: LoanTermsInput): InterestRate {
  const floating = input.reference !== undefined || input.margin !== undefined;
  if (input.rate !== undefined && floating) {
    throw invalid('rate', 'give a fixed rate or a reference path with a margin, not both');
  }
  if (!floating) {
    if (input.rate === undefined)
      throw invalid('rate', 'a rate is required (or a reference path with a margin)');
    return { kind: 'fixed', rate: aboveMinus100(finite(input.rate, 'rate'), 'rate', 'rate') };
  }
  if (input.reference === undefined || input.reference.length === 0) {
    throw invalid('reference', 'a floating rate needs a stated reference path (one rate a loan year)');
  }
  if (input.margin === undefined)
    throw invalid('margin', 'a floating rate needs a margin over its reference');
  const margin = finite(input.margin, 'margin');
  const reference = input.reference.map((r, year) => {
    const value = finite(r, 'reference');
    aboveMinus100(value + margin, 'reference', `reference plus margin in loan year ${year + 1}`);
    return value;
  });
  return { kind: 'floating', referenceName: input.referenceName, reference, margin };
}

function disbursements(
  given: readonly Disbursement[] | undefined,
  amount: number,
  profile: RepaymentProfile,
  grace: number,
  maturity: number,
): Disbursement[] {
  if (given === undefined) return [{ time: 0, amount }];
  if (given.length === 0)
    throw invalid('disbursements', 'a disbursement schedule needs at least one drawing');
  const latest = profile === 'bullet' ? maturity : grace;
  const out = given.map((d, i) => {
    const time = finite(d.time, 'disbursements');
    const drawn = finite(d.amount, 'disbursements');
    if (drawn <= 0) throw invalid('disbursements', `drawing ${i + 1} must be positive, got ${drawn}`);
    if (time < 0) throw invalid('disbursements', `drawing ${i + 1} is dated before signing (${time} years)`);
    const late = profile === 'bullet' ? time >= latest - timeTolerance : time > latest + timeTolerance;
    if (late) {
      throw invalid(
        'disbursements',
        profile === 'bullet'
          ? `drawing ${i + 1} at ${time} years is not before maturity (${maturity} years)`
          : `drawing ${i + 1} at ${time} years falls after the grace period (${grace} years)`,
      );
    }
    return { time, amount: drawn };
  });
  const total = out.reduce((s, d) => s + d.amount, 0);
  if (Math.abs(total - amount) > 1e-9 * amount) {
    throw invalid('disbursements', `drawings add up to ${total}, not the loan amount ${amount}`);
  }
  return out.sort((a, b) => a.time - b.time);
}

function fee(value: number | undefined, field: string): number {
  if (value === undefined) return 0;
  const x = finite(value, field);
  if (x < 0) throw invalid(field, `${field} must not be negative, got ${x}`);
  return x;
}

function onCalendar(years: number, frequency: number, field: string): void {
  if (Math.abs(years * frequency - Math.round(years * frequency)) > timeTolerance * frequency) {
    throw invalid(field, `${field} (${years} years) does not fall on a payment date (${frequency} a year)`);
  }
}

function aboveMinus100(rate: number, field: string, what: string): number {
  if (rate <= -1) throw invalid(field, `${what} must be above -100%, got ${percent(rate)}`);
  return rate;
}

function finite(value: unknown, field: string): number {
  if (value === undefined) throw invalid(field, `${field} is required`);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(field, `${field} must be a finite number, got ${String(value)}`);
  }
  return value;
}

function percent(rate: number): string {
  return `${Number((rate * 100).toPrecision(12))}%`;
}

function invalid(field: string, message: string): InputError {
  return new InputError(message, { location: { field } });
}
