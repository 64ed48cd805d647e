import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { cashFlows } from './cashFlows.js';
import { refinancing, replacementTerms } from './refinance.js';
import { loanTerms } from './terms.js';

const close = (a: number, b: number, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} is not ${b}`);

const from = loanTerms({ amount: 1500, rate: 0.0975, maturity: 7, profile: 'bullet', currency: 'USD' });
const to = replacementTerms(from, { rate: 0.02, maturity: 20, grace: 7 });

test('the replacement borrows the same amount in the same currency unless told otherwise', () => {
  assert.equal(to.amount, 1500);
  assert.equal(to.currency, 'USD');
  assert.equal(replacementTerms(from, { amount: 1000, rate: 0.02, maturity: 20 }).amount, 1000);
  assert.throws(
    () => replacementTerms(from, { rate: 0.02, maturity: 20, grace: 20 }),
    (e: unknown) => e instanceof InputError && e.location.field === 'grace',
  );
});

test('a 9.75% seven-year bullet refinanced at 2% over 20 years with 7 grace', () => {
  const r = refinancing(cashFlows(from), cashFlows(to), 0.05);
  assert.equal(r.years.length, 20);
  close(r.years[0].from, 146.25);
  close(r.years[0].to, 30);
  close(r.years[6].from, 146.25 + 1500);
  close(r.years[7].from, 0);
  // Old interest 1500 * 9.75% * 7; new: 14 half-years at 15, then 1% on a balance falling by 1500/26.
  close(r.interestSaving, 1023.75 - (210 + 202.5));
  close(r.costSaving, r.interestSaving);
  close(
    r.years.reduce((s, y) => s + y.saving, 0),
    r.costSaving,
  );
  close(r.presentValueSaving, r.presentValueFrom - r.presentValueTo);
  assert.ok(r.presentValueFrom > 1500 && r.presentValueTo < 1500);
});

test('refinancing a loan on its own terms saves nothing', () => {
  const same = cashFlows(from);
  const r = refinancing(same, same, 0.05);
  assert.equal(r.interestSaving, 0);
  assert.equal(r.presentValueSaving, 0);
  assert.ok(r.years.every((y) => y.saving === 0));
});
