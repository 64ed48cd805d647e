import type { Country } from '../countries/country.js';
import { InputError } from '../errors.js';
import { resolveCountry } from '../params/countries.js';
import { parseIssues } from '../params/votes.js';
import { checkRangeOrder, flagBounds } from '../params/years.js';
import type { Store } from '../store/open.js';
import type { IssueCode } from '../votes/rollCall.js';

/** Parses an optional year flag. */
export function yearFlag(raw: string | boolean | string[] | undefined, field: string): number | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw).trim();
  if (!/^\d{4}$/.test(s))
    throw new InputError(`expected a four-digit year, got '${s}'`, { location: { field } });
  return Number(s);
}

export function integerFlag(
  raw: string | boolean | string[] | undefined,
  field: string,
  { min, max }: { min: number; max: number },
): number | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw).trim();
  if (!/^-?\d+$/.test(s) || Number(s) < min || Number(s) > max) {
    throw new InputError(`expected an integer from ${min} to ${max}, got '${s}'`, { location: { field } });
  }
  return Number(s);
}

/** A year range from --from/--to, checked for order. */
export function yearRange(values: Record<string, unknown>): { from?: number; to?: number } {
  const from = yearFlag(values.from as string | undefined, 'from');
  const to = yearFlag(values.to as string | undefined, 'to');
  checkRangeOrder(from, to, { names: flagBounds });
  return { from, to };
}

export function listFlag(raw: string | boolean | string[] | undefined): string[] {
  if (raw === undefined || typeof raw === 'boolean') return [];
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(','));
  return parts.map((s) => s.trim()).filter(Boolean);
}

export function issuesFlag(raw: string | boolean | string[] | undefined): IssueCode[] | undefined {
  return parseIssues(listFlag(raw));
}

/** The one COUNTRY argument of a per-country command (undefined when none is given; two or more are an error). */
export function oneCountry(positionals: readonly string[]): string | undefined {
  if (positionals.length > 1) {
    throw new InputError(`one country at a time, got ${positionals.join(' ')}`, {
      location: { field: 'COUNTRY' },
    });
  }
  return positionals[0];
}

/** Resolves a country argument through the concordance; an unknown one is an error with suggestions. */
export function countryArg(store: Store, query: string | undefined, field: string): Country {
  return resolveCountry(store.concordance, query, field);
}

export function oneOf<const T extends string>(
  raw: unknown,
  allowed: readonly T[],
  field: string,
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  const s = String(raw);
  if (!allowed.includes(s as T)) {
    throw new InputError(`unknown ${field} '${s}'`, {
      location: { field },
      hint: `one of ${allowed.join(', ')}`,
    });
  }
  return s as T;
}
