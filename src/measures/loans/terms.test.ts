import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import type { LoanTermsInput } from '../../finance/loanTerms.js';
import { annualRate, loanTerms } from './terms.js';

const base: LoanTermsInput = { amount: 1600, rate: 0.02, maturity: 20, grace: 7 };

function rejects(change: Partial<LoanTermsInput>, field: string, message?: RegExp): void {
  assert.throws(
    () => loanTerms({ ...base, ...change }),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.field === field &&
      (message === undefined || message.test(e.message)),
    `expected an error naming '${field}' for ${JSON.stringify(change)}`,
  );
}

test('fills defaults: semiannual, equal principal, drawn whole at signing, no fees', () => {
  const t = loanTerms({ amount: 100, rate: 0.03, maturity: 10 });
  assert.deepEqual(t, {
    amount: 100,
    currency: undefined,
    interest: { kind: 'fixed', rate: 0.03 },
    maturity: 10,
    grace: 0,
    profile: 'equal-principal',
    frequency: 2,
    disbursements: [{ time: 0, amount: 100 }],
    upfrontFee: 0,
    commitmentFee: 0,
    insurancePremium: 0,
  });
});

test('grace not shorter than maturity is impossible', () => {
  rejects({ grace: 20 }, 'grace', /shorter than maturity/);
  rejects({ grace: 25 }, 'grace');
  rejects({ grace: -1 }, 'grace');
});

test('amounts must be positive', () => {
  rejects({ amount: -1600 }, 'amount', /positive/);
  rejects({ amount: 0 }, 'amount');
  rejects({ amount: Number.NaN }, 'amount', /finite/);
});

test('rates at or below -100% are impossible; negative rates above it are allowed', () => {
  rejects({ rate: -1 }, 'rate', /above -100%/);
  rejects({ rate: -1.5 }, 'rate');
  assert.equal(loanTerms({ ...base, rate: -0.005 }).interest.kind, 'fixed');
  rejects({ rate: undefined, reference: [0.03, -0.995], margin: -0.01 }, 'reference', /loan year 2/);
});

test('a rate is fixed or floating, not both and not neither', () => {
  rejects({ rate: undefined }, 'rate', /required/);
  rejects({ margin: 0.01, reference: [0.04] }, 'rate', /not both/);
  rejects({ rate: undefined, margin: 0.01 }, 'reference');
  rejects({ rate: undefined, reference: [] }, 'reference');
  rejects({ rate: undefined, reference: [0.04] }, 'margin');
});

test('floating: reference by loan year plus margin, the last value carrying on', () => {
  const t = loanTerms({
    ...base,
    rate: undefined,
    reference: [0.05, 0.04],
    margin: 0.01,
    referenceName: 'SOFR',
  });
  assert.deepEqual(t.interest, {
    kind: 'floating',
    referenceName: 'SOFR',
    reference: [0.05, 0.04],
    margin: 0.01,
  });
  assert.equal(annualRate(t.interest, 0.5), 0.060000000000000005);
  assert.equal(annualRate(t.interest, 1), 0.05);
  assert.equal(annualRate(t.interest, 15), 0.05);
});

test('unknown currencies and profiles are named; currency codes are normalised', () => {
  rejects({ currency: 'XYZ' }, 'currency', /unknown currency/);
  rejects({ currency: 'JPK' }, 'currency');
  assert.equal(loanTerms({ ...base, currency: ' usd ' }).currency, 'USD');
  assert.equal(loanTerms({ ...base, currency: 'XDR' }).currency, 'XDR');
  rejects({ profile: 'balloon' }, 'profile', /unknown repayment profile/);
});

test('frequency, maturity and grace must fit the payment calendar', () => {
  rejects({ frequency: 0 }, 'frequency');
  rejects({ frequency: 2.5 }, 'frequency');
  rejects({ frequency: 13 }, 'frequency');
  rejects({ maturity: 20.3 }, 'maturity', /payment date/);
  rejects({ grace: 7.25 }, 'grace', /payment date/);
  assert.equal(loanTerms({ ...base, grace: 7.25, frequency: 4 }).grace, 7.25);
  rejects({ maturity: 0, grace: 0 }, 'maturity');
  rejects({ maturity: 1e9 }, 'maturity', /at most 100 years/);
  rejects({ maturity: undefined as unknown as number }, 'maturity', /required/);
});

test('disbursements add up to the amount and fall within the grace period', () => {
  const ok = loanTerms({
    ...base,
    disbursements: [
      { time: 2, amount: 600 },
      { time: 0, amount: 1000 },
    ],
  });
  assert.deepEqual(
    ok.disbursements.map((d) => d.time),
    [0, 2],
  );
  rejects({ disbursements: [{ time: 0, amount: 1500 }] }, 'disbursements', /add up/);
  rejects({ disbursements: [{ time: 7.5, amount: 1600 }] }, 'disbursements', /after the grace period/);
  rejects({ disbursements: [{ time: -1, amount: 1600 }] }, 'disbursements', /before signing/);
  rejects({ disbursements: [{ time: 0, amount: -1600 }] }, 'disbursements', /positive/);
  rejects({ disbursements: [] }, 'disbursements');
  // A bullet loan may draw until maturity, whatever its grace.
  const bullet = loanTerms({
    ...base,
    profile: 'bullet',
    grace: 0,
    disbursements: [{ time: 19, amount: 1600 }],
  });
  assert.equal(bullet.disbursements[0].time, 19);
  rejects({ profile: 'bullet', grace: 0, disbursements: [{ time: 20, amount: 1600 }] }, 'disbursements');
});

test('fees and premiums must not be negative', () => {
  rejects({ upfrontFee: -0.01 }, 'upfrontFee');
  rejects({ commitmentFee: -0.01 }, 'commitmentFee');
  rejects({ insurancePremium: Number.POSITIVE_INFINITY }, 'insurancePremium');
});
