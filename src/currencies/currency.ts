import { InputError, type InputLocation } from '../errors.js';

/**
 * ISO 4217 currency codes in current use (including XDR, the IMF's Special Drawing Right), as
 * the runtime's ICU data lists them. Publisher quirks (the Kenya register's `JPK` for yen, the
 * African Development Bank's unit of account `AUA`) are mapped by the reader of that source,
 * not here.
 */
const currencyCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return currencyCodes.has(code);
}

/**
 * The ISO 4217 code for a currency as written (case and surrounding space ignored); an unknown
 * code throws an InputError naming the field, with codes that share its first two letters.
 */
export function currencyCode(value: string, location: InputLocation = { field: 'currency' }): string {
  const code = value.trim().toUpperCase();
  if (currencyCodes.has(code)) return code;
  const prefix = code.slice(0, 2);
  const suggestions = prefix.length === 2 ? [...currencyCodes].filter((c) => c.startsWith(prefix)) : [];
  throw new InputError(`unknown currency '${value}'`, {
    location,
    suggestions: suggestions.slice(0, 5),
    hint: 'use an ISO 4217 code such as USD, EUR, CNY, JPY or XDR',
  });
}
