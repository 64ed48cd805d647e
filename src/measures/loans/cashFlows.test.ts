import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { LoanTermsInput } from '../../finance/loanTerms.js';
import { cashFlows, lifetimeTotals, serviceByYear } from './cashFlows.js';
import { loanTerms } from './terms.js';

const close = (a: number, b: number, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} is not ${b}`);

const flowsOf = (input: LoanTermsInput) => cashFlows(loanTerms(input));

test('equal principal, semiannual, 7 years grace: interest only, then 26 equal repayments from 7.5 years', () => {
  const { rows } = flowsOf({ amount: 1600, rate: 0.02, maturity: 20, grace: 7 });
  assert.equal(rows.length, 41);
  assert.deepEqual(
    rows.slice(0, 2).map((r) => [r.period, r.time, r.disbursed, r.interest, r.principal, r.outstanding]),
    [
      [0, 0, 1600, 0, 0, 1600],
      [1, 0.5, 0, 16, 0, 1600],
    ],
  );
  const repaying = rows.filter((r) => r.principal > 0);
  assert.equal(repaying.length, 26);
  assert.equal(repaying[0].time, 7.5);
  for (const r of repaying) close(r.principal, 1600 / 26);
  close(rows[15].interest, 16);
  close(rows[16].interest, 0.01 * (1600 - 1600 / 26));
  assert.equal(rows.at(-1)!.outstanding, 0);
});

test('annuity: level payments after grace, the same as the textbook formula', () => {
  const { rows } = flowsOf({
    amount: 1000,
    rate: 0.06,
    maturity: 10,
    grace: 2,
    profile: 'annuity',
    frequency: 1,
  });
  const level = (1000 * 0.06) / (1 - 1.06 ** -8);
  for (const r of rows.slice(3)) close(r.service, level);
  close(rows[1].service, 60);
  close(rows[2].service, 60);
  assert.ok(Math.abs(rows.at(-1)!.outstanding) < 1e-9);
});

test('annuity at a zero rate repays in equal parts', () => {
  const { rows } = flowsOf({ amount: 1000, rate: 0, maturity: 4, profile: 'annuity', frequency: 1 });
  assert.deepEqual(
    rows.map((r) => r.service),
    [0, 250, 250, 250, 250],
  );
});

test('bullet: interest every date, all principal at maturity, grace plays no part', () => {
  const { rows } = flowsOf({ amount: 1500, rate: 0.0975, maturity: 7, profile: 'bullet' });
  assert.equal(rows.length, 15);
  for (const r of rows.slice(1)) close(r.interest, 73.125);
  assert.deepEqual(
    rows.map((r) => r.principal),
    [...Array(14).fill(0), 1500],
  );
  const withGrace = flowsOf({ amount: 1500, rate: 0.0975, maturity: 7, grace: 3, profile: 'bullet' });
  assert.deepEqual(
    withGrace.rows.map((r) => r.service),
    rows.map((r) => r.service),
  );
});

test('floating: each period pays the reference of the loan year it starts in, plus the margin', () => {
  const { rows } = flowsOf({
    amount: 100,
    reference: [0.04, 0.05, 0.03],
    margin: 0.01,
    maturity: 4,
    frequency: 2,
  });
  assert.deepEqual(
    rows.slice(1).map((r) => Math.round(r.rate * 1e6) / 1e6),
    [0.05, 0.05, 0.06, 0.06, 0.04, 0.04, 0.04, 0.04],
  );
  close(rows[1].interest, 100 * 0.025);
  close(rows[3].interest, (100 - 2 * 12.5) * 0.03);
});

test('floating annuity: the payment is recomputed at each reset and still clears the loan', () => {
  const { rows } = flowsOf({
    amount: 1000,
    reference: [0.02, 0.08],
    margin: 0,
    maturity: 3,
    profile: 'annuity',
    frequency: 1,
  });
  const first = (1000 * 0.02) / (1 - 1.02 ** -3);
  close(rows[1].service, first);
  const balance = rows[1].outstanding;
  close(rows[2].service, (balance * 0.08) / (1 - 1.08 ** -2));
  close(rows[3].service, rows[2].service);
  assert.ok(Math.abs(rows[3].outstanding) < 1e-9);
});

test('drawings within a period accrue interest, and the undrawn amount commitment fee, pro rata', () => {
  const { rows } = flowsOf({
    amount: 1000,
    rate: 0.04,
    maturity: 5,
    grace: 2,
    frequency: 1,
    commitmentFee: 0.005,
    disbursements: [
      { time: 0, amount: 400 },
      { time: 0.25, amount: 600 },
    ],
  });
  assert.equal(rows[0].disbursed, 400);
  assert.equal(rows[1].disbursed, 600);
  close(rows[1].interest, 0.04 * (400 + 600 * 0.75));
  close(rows[1].commitmentFee, 0.005 * 600 * 0.25);
  close(rows[2].interest, 40);
  assert.equal(rows[2].commitmentFee, 0);
  close(rows[3].principal, 1000 / 3);
});

test('upfront fee and insurance premium are paid at signing on the whole amount', () => {
  const { rows } = flowsOf({
    amount: 1000,
    rate: 0.02,
    maturity: 10,
    upfrontFee: 0.0025,
    insurancePremium: 0.07,
    disbursements: [
      { time: 0, amount: 100 },
      { time: 0, amount: 900 },
    ],
  });
  close(rows[0].upfrontFee, 2.5);
  close(rows[0].insurancePremium, 70);
  close(rows[0].service, 72.5);
  assert.equal(rows[0].disbursed, 1000);
});

test('service by year: payments in (y-1, y], signing in year 1, totals kept', () => {
  const flows = flowsOf({ amount: 1500, rate: 0.0975, maturity: 7, profile: 'bullet', upfrontFee: 0.01 });
  const years = serviceByYear(flows);
  assert.deepEqual(
    years.map((y) => y.year),
    [1, 2, 3, 4, 5, 6, 7],
  );
  close(years[0].service, 146.25 + 15);
  close(years[0].fees, 15);
  close(years[6].service, 146.25 + 1500);
  const totals = lifetimeTotals(flows);
  close(
    years.reduce((s, y) => s + y.service, 0),
    totals.service,
  );
  close(totals.interest, 1500 * 0.0975 * 7);
  assert.equal(serviceByYear(flowsOf({ amount: 10, rate: 0, maturity: 2.5, frequency: 2 })).length, 3);
});

const anyTerms: fc.Arbitrary<LoanTermsInput> = fc
  .record({
    frequency: fc.constantFrom(1, 2, 4, 12),
    periods: fc.integer({ min: 1, max: 480 }),
    graceShare: fc.double({ min: 0, max: 0.99, noNaN: true }),
    rate: fc.double({ min: -0.02, max: 0.3, noNaN: true }),
    amount: fc.double({ min: 1, max: 1e10, noNaN: true }),
    profile: fc.constantFrom('equal-principal', 'annuity', 'bullet'),
    drawnAtSigning: fc.double({ min: 0.05, max: 1, noNaN: true }),
  })
  .map(({ frequency, periods: drawn, graceShare, rate, amount, profile, drawnAtSigning }) => {
    const periods = Math.min(drawn, 100 * frequency);
    const grace = Math.floor(periods * graceShare) / frequency;
    const disbursements =
      drawnAtSigning === 1 || (grace === 0 && profile !== 'bullet')
        ? undefined
        : [
            { time: 0, amount: amount * drawnAtSigning },
            { time: profile === 'bullet' ? 0 : grace / 2, amount: amount * (1 - drawnAtSigning) },
          ];
    return { amount, rate, maturity: periods / frequency, grace, frequency, profile, disbursements };
  });

test('property: every profile repays exactly the amount drawn and never goes below zero', () => {
  fc.assert(
    fc.property(anyTerms, (input) => {
      const { rows } = flowsOf(input);
      const repaid = rows.reduce((s, r) => s + r.principal, 0);
      const drawn = rows.reduce((s, r) => s + r.disbursed, 0);
      close(repaid, input.amount, 1e-9);
      close(drawn, input.amount, 1e-9);
      assert.ok(Math.abs(rows.at(-1)!.outstanding) <= 1e-6 * input.amount);
      for (const r of rows) assert.ok(r.outstanding >= -1e-6 * input.amount);
      assert.equal(rows.length, Math.round(input.maturity * input.frequency!) + 1);
    }),
  );
});
