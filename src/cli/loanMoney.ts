// Loan amounts carry their currency and scale in every line the loan commands print ("USD 611.25
// million", never a bare 611.25). The figures are in whatever scale --amount was given in, so the scale
// is a flag (--unit, default million: loans are usually quoted in millions) rather than guessed.
import { oneOf } from './args.js';

export const amountUnits = ['one', 'thousand', 'million', 'billion'] as const;
export type AmountUnit = (typeof amountUnits)[number];

/** How amounts are labelled: currency (default USD) and scale (default million). */
export interface MoneyLabel {
  currency: string;
  unit: AmountUnit;
}

export function moneyLabel(currency: string | undefined, rawUnit: unknown): MoneyLabel {
  return { currency: currency || 'USD', unit: oneOf(rawUnit, amountUnits, 'unit', 'million') };
}

/** `USD 1,600.00 million` (or `USD 1,600.00` for --unit one). */
export function money(x: number, label: MoneyLabel, digits = 2): string {
  const n = x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${label.currency} ${n}${label.unit === 'one' ? '' : ` ${label.unit}`}`;
}

/** A column header's unit: `USD m`, `USD bn`, `USD` . */
export function unitShort(label: MoneyLabel): string {
  const s = { one: '', thousand: ' k', million: ' m', billion: ' bn' }[label.unit];
  return `${label.currency}${s}`;
}
