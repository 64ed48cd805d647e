import { InputError } from '../errors.js';
import type { LoanTermsInput } from '../finance/loanTerms.js';

/**
 * Loan terms as the faces take them: rates, fees and premiums in percent (2 is 2%), times in years.
 * `termsFromSpec` reads `key=value,...` (bearing refinance --from/--to); `parsePercent` and
 * `parseNumber` read single flags. Every bad value is an InputError naming the field.
 */

export function parseNumber(raw: string, field: string): number {
  const s = raw.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(s)) {
    throw new InputError(`expected a number, got '${raw}'`, { location: { field } });
  }
  return Number(s);
}

/** A percentage as a fraction: '9.75' -> 0.0975 ('9.75%' accepted). */
export function parsePercent(raw: string, field: string): number {
  return parseNumber(raw.trim().replace(/%$/, ''), field) / 100;
}

/** A reference-rate path in percent, one value a loan year: '5/5.5/6' or '5;5.5;6'. */
export function parsePath(raw: string, field: string): number[] {
  const parts = raw.split(/[/;]/).map((p) => p.trim());
  if (parts.some((p) => p === '')) {
    throw new InputError(`expected percentages separated by '/', got '${raw}'`, { location: { field } });
  }
  return parts.map((p) => parsePercent(p, field));
}

/** Keys of a terms spec and what they set; percent keys are converted to fractions. */
const specKeys = {
  amount: 'number',
  currency: 'text',
  rate: 'percent',
  reference: 'path',
  'reference-name': 'text',
  margin: 'percent',
  maturity: 'number',
  grace: 'number',
  profile: 'text',
  frequency: 'number',
  fee: 'percent',
  'commitment-fee': 'percent',
  insurance: 'percent',
} as const;
type SpecKey = keyof typeof specKeys;

const inputKey: Record<SpecKey, keyof LoanTermsInput> = {
  amount: 'amount',
  currency: 'currency',
  rate: 'rate',
  reference: 'reference',
  'reference-name': 'referenceName',
  margin: 'margin',
  maturity: 'maturity',
  grace: 'grace',
  profile: 'profile',
  frequency: 'frequency',
  fee: 'upfrontFee',
  'commitment-fee': 'commitmentFee',
  insurance: 'insurancePremium',
};

/**
 * Terms from `amount=1500,rate=9.75,maturity=7,profile=bullet`. Fields are named `<flag>.<key>` in
 * errors (e.g. `from.rate`). Unknown or repeated keys are errors.
 */
export function termsFromSpec(spec: string, flag: string): Partial<LoanTermsInput> {
  const out: Record<string, unknown> = {};
  const parts = spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) {
    throw new InputError(`empty terms for --${flag}`, {
      location: { field: flag },
      hint: "e.g. 'amount=1500,rate=9.75,maturity=7,profile=bullet'",
    });
  }
  const seen = new Set<string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      throw new InputError(`expected key=value, got '${part}'`, {
        location: { field: flag },
        hint: `keys: ${Object.keys(specKeys).join(', ')}`,
      });
    }
    const key = part.slice(0, eq).trim().toLowerCase() as SpecKey;
    const value = part.slice(eq + 1).trim();
    const field = `${flag}.${key}`;
    if (!(key in specKeys)) {
      throw new InputError(`unknown term '${key}'`, {
        location: { field },
        hint: `keys: ${Object.keys(specKeys).join(', ')}`,
      });
    }
    if (seen.has(key)) throw new InputError(`term '${key}' given twice`, { location: { field } });
    seen.add(key);
    const kind = specKeys[key];
    out[inputKey[key]] =
      kind === 'number'
        ? parseNumber(value, field)
        : kind === 'percent'
          ? parsePercent(value, field)
          : kind === 'path'
            ? parsePath(value, field)
            : value;
  }
  return out as Partial<LoanTermsInput>;
}

/** Prefixes the field of an engine error with the flag the terms came from (`rate` -> `from.rate`). */
export function inFlag<T>(flag: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof InputError && error.location.field && !error.location.field.includes('.')) {
      throw new InputError(error.message, {
        location: { ...error.location, field: `${flag}.${error.location.field}` },
        hint: error.hint,
        suggestions: error.suggestions,
        kind: error.kind,
      });
    }
    throw error;
  }
}
