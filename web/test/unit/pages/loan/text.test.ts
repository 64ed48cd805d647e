import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dacTerms, imfTerms } from '../../../../../src/measures/loans/grantElement';
import {
  debtServiceAxis,
  discountRateNote,
  loanAmountUnit,
  loanFields,
} from '../../../../src/pages/loanText';

test("the loan page's discount-rate note gives each DAC group its own rate and threshold", () => {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  assert.match(discountRateNote, new RegExp(`IMF uses a ${pct(imfTerms.discountRate)}`));
  assert.match(discountRateNote, new RegExp(`at least ${pct(imfTerms.threshold)}`));
  const phrases: Record<string, string> = {
    LDC: 'least developed',
    LMIC: 'lower-middle-income',
    UMIC: 'upper-middle-income',
  };
  for (const [group, words] of Object.entries(phrases)) {
    const t = dacTerms[group as keyof typeof dacTerms];
    assert.match(
      discountRateNote,
      new RegExp(`${pct(t.discountRate)} for [^,]*${words}[^,(]*\\(at least ${pct(t.threshold)}\\)`),
      group,
    );
  }
  assert.doesNotMatch(discountRateNote, /DAC and the IMF use a 5%/);
});

test('every amount on the loan page carries its currency and scale', () => {
  assert.equal(loanFields.find((f) => f.key === 'amount')?.unit, 'US$ million');
  assert.equal(debtServiceAxis, `Debt service (${loanAmountUnit})`);
});
