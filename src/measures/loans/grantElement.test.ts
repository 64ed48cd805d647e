import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../errors.js';
import type { LoanTermsInput } from '../../finance/loanTerms.js';
import { cashFlows } from './cashFlows.js';
import {
  dacGroup,
  dacTerms,
  dacTest,
  disbursedValue,
  grantElement,
  imfTest,
  presentValue,
} from './grantElement.js';
import { loanTerms } from './terms.js';

const close = (a: number, b: number, tol = 1e-9) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} is not ${b}`);

const flowsOf = (input: LoanTermsInput) => cashFlows(loanTerms(input));
const known = flowsOf({ amount: 1600, rate: 0.02, maturity: 20, grace: 7, frequency: 2 });
const percent1 = (x: number) => (x * 100).toFixed(1);

test('known value: 1,600 at 2%, 20 years, 7 grace, semiannual equal principal: 28.6% at 5%, 42.0% at 7%', () => {
  assert.equal(percent1(grantElement(known, 0.05)), '28.6');
  assert.equal(percent1(grantElement(known, 0.07)), '42.0');
  close(presentValue(known, 0.05), 1600 * (1 - grantElement(known, 0.05)));
});

test('IMF and DAC verdicts for the known loan', () => {
  const imf = imfTest(known);
  assert.deepEqual(
    { ...imf, grantElement: percent1(imf.grantElement) },
    {
      test: 'IMF',
      discountRate: 0.05,
      threshold: 0.35,
      grantElement: '28.6',
      concessional: false,
    },
  );
  const lmic = dacTest(known, 'LMIC');
  assert.equal(lmic.group, 'LMIC');
  assert.equal(lmic.discountRate, 0.07);
  assert.equal(lmic.threshold, 0.15);
  assert.equal(percent1(lmic.grantElement), '42.0');
  assert.equal(lmic.concessional, true);
  const lic = dacTest(known, 'LIC');
  assert.equal(lic.discountRate, 0.09);
  assert.equal(lic.concessional, lic.grantElement >= 0.45);
  assert.equal(dacTest(known, 'UMIC').discountRate, 0.06);
  assert.equal(dacTest(known, 'multilateral').discountRate, 0.05);
});

test('DAC table: 9/7/6/5% discount rates with 45/15/10/10% thresholds', () => {
  assert.deepEqual(
    (['LDC', 'LIC', 'LMIC', 'UMIC', 'multilateral'] as const).map((g) => [
      dacTerms[g].discountRate,
      dacTerms[g].threshold,
    ]),
    [
      [0.09, 0.45],
      [0.09, 0.45],
      [0.07, 0.15],
      [0.06, 0.1],
      [0.05, 0.1],
    ],
  );
});

test('a loan built to sit on the IMF threshold meets it', () => {
  // One repayment at 10 years, no interest: PV 1.05^-10 (about 0.614); an upfront fee of
  // 0.65 - 1.05^-10 makes the PV 0.65, a grant element of 35%; the extra 1e-16 is the kind of
  // noise that leaves the computed value a hair under 0.35.
  const fee = 0.65 - 1.05 ** -10 + 1e-16;
  const onTheLine = flowsOf({
    amount: 1,
    rate: 0,
    maturity: 10,
    profile: 'bullet',
    frequency: 1,
    upfrontFee: fee,
  });
  const ge = grantElement(onTheLine, 0.05);
  assert.ok(ge < 0.35 && ge > 0.35 - 1e-12);
  assert.equal(imfTest(onTheLine).concessional, true);
});

test('DAC borrower groups parse case-insensitively; others are named', () => {
  assert.equal(dacGroup('lmic'), 'LMIC');
  assert.equal(dacGroup(' Multilateral-Other '), 'multilateral-other');
  assert.throws(
    () => dacGroup('HIC', 'income-group'),
    (e: unknown) => e instanceof InputError && e.location.field === 'income-group',
  );
});

test('a discount rate at or below -100% is refused, naming the field', () => {
  for (const d of [-1, -2, Number.NaN]) {
    assert.throws(
      () => grantElement(known, d),
      (e: unknown) => e instanceof InputError && e.location.field === 'discount',
    );
  }
});

test('fees and premium paid at signing lower the grant element by their share of the amount', () => {
  const plain = flowsOf({ amount: 1000, rate: 0.03, maturity: 15, grace: 5 });
  const charged = flowsOf({
    amount: 1000,
    rate: 0.03,
    maturity: 15,
    grace: 5,
    upfrontFee: 0.01,
    insurancePremium: 0.05,
  });
  close(grantElement(plain, 0.05) - grantElement(charged, 0.05), 0.06);
});

test('a commitment fee lowers the grant element of a loan drawn late', () => {
  const drawn = [
    { time: 0, amount: 500 },
    { time: 3, amount: 500 },
  ];
  const free = flowsOf({ amount: 1000, rate: 0.02, maturity: 20, grace: 5, disbursements: drawn });
  const fee = flowsOf({
    amount: 1000,
    rate: 0.02,
    maturity: 20,
    grace: 5,
    disbursements: drawn,
    commitmentFee: 0.005,
  });
  const feesPaid = fee.rows.reduce((s, r) => s + r.commitmentFee, 0);
  close(feesPaid, 500 * 0.005 * 3);
  assert.ok(grantElement(fee, 0.05) < grantElement(free, 0.05));
});

test('drawings are valued when drawn: a loan drawn at year 3 is the same loan signed at year 3', () => {
  const late = flowsOf({
    amount: 1000,
    rate: 0.02,
    maturity: 20,
    grace: 7,
    disbursements: [{ time: 3, amount: 1000 }],
  });
  const signedLater = flowsOf({ amount: 1000, rate: 0.02, maturity: 17, grace: 4 });
  close(grantElement(late, 0.05), grantElement(signedLater, 0.05));
  close(disbursedValue(late, 0.05), 1000 * 1.05 ** -3);
});

/** OECD DAC closed form for equal principal repayments (DAC Statistical Reporting Directives, grant element annex). */
function dacFormula(
  rate: number,
  frequency: number,
  maturity: number,
  grace: number,
  discount: number,
): number {
  const d = (1 + discount) ** (1 / frequency) - 1;
  const v = 1 / (1 + d);
  const a = frequency;
  return (1 - rate / a / d) * (1 - (v ** (a * grace) - v ** (a * maturity)) / (d * a * (maturity - grace)));
}

test('property: equal principal matches the DAC closed-form formula', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(1, 2, 4, 12),
      fc.integer({ min: 1, max: 50 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 0.15, noNaN: true }),
      fc.double({ min: 0.005, max: 0.2, noNaN: true }),
      (frequency, maturity, graceShare, rate, discount) => {
        const grace = Math.floor(maturity * graceShare * frequency) / frequency;
        if (grace >= maturity) return;
        const flows = flowsOf({ amount: 1, rate, maturity, grace, frequency });
        close(grantElement(flows, discount), dacFormula(rate, frequency, maturity, grace, discount), 1e-9);
      },
    ),
  );
});

test('property: discounting at the contract rate (annual effective) leaves no grant element', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(1, 2, 4, 12),
      fc.integer({ min: 1, max: 40 }),
      fc.double({ min: 0, max: 0.99, noNaN: true }),
      fc.double({ min: -0.01, max: 0.2, noNaN: true }),
      fc.constantFrom('equal-principal', 'annuity', 'bullet'),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (frequency, maturity, graceShare, rate, profile, drawnShare) => {
        const grace = Math.floor(maturity * graceShare * frequency) / frequency;
        // A second drawing on a payment date inside the grace period (at signing for a bullet).
        const at = profile === 'bullet' ? 0 : Math.floor((grace * frequency) / 2) / frequency;
        const flows = flowsOf({
          amount: 1000,
          rate,
          maturity,
          grace,
          frequency,
          profile,
          disbursements: [
            { time: 0, amount: 1000 * (0.5 + drawnShare / 2) },
            { time: at, amount: 1000 * (0.5 - drawnShare / 2) },
          ].filter((d) => d.amount > 1e-6),
        });
        const effective = (1 + rate / frequency) ** frequency - 1;
        close(grantElement(flows, effective), 0, 1e-9);
      },
    ),
  );
});

test('property: cheaper loans and higher discount rates raise the grant element', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 0.1, noNaN: true }),
      fc.double({ min: 0.001, max: 0.05, noNaN: true }),
      fc.constantFrom('equal-principal', 'annuity', 'bullet'),
      (rate, step, profile) => {
        const terms = { amount: 100, maturity: 15, grace: 3, profile };
        const dear = flowsOf({ ...terms, rate: rate + step });
        const cheap = flowsOf({ ...terms, rate });
        assert.ok(grantElement(cheap, 0.05) > grantElement(dear, 0.05));
        assert.ok(grantElement(cheap, 0.05 + step) > grantElement(cheap, 0.05));
      },
    ),
  );
});
