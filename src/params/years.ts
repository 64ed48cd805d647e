import { InputError } from '../errors.js';

/**
 * How a face names the bounds of a range in its messages: the CLI says `--from`/`--to`, the API and
 * the claims say `from`/`to` (the parameter or field name).
 */
export interface BoundNames {
  from: string;
  to: string;
}

export const parameterBounds: BoundNames = { from: 'from', to: 'to' };
export const flagBounds: BoundNames = { from: '--from', to: '--to' };

/** The years a dataset covers, and whose coverage it is (named in messages: "IMF DOTS"). */
export interface Coverage {
  from: number;
  to: number;
  source: string;
}

/**
 * The problem with a from/to pair, or null: `from` after `to` is impossible. Works on years and on
 * ISO dates (compared as strings); `shown` prints the bounds as the user wrote them (a date range
 * given as `2008` compares as 2008-01-01 but is shown as 2008). Both bounds must be given to clash.
 */
export function rangeOrderProblem<T extends number | string>(
  from: T | undefined,
  to: T | undefined,
  {
    names = parameterBounds,
    kind = 'year range',
    shown,
  }: { names?: BoundNames; kind?: 'year range' | 'range'; shown?: { from: unknown; to: unknown } } = {},
): string | null {
  if (from === undefined || to === undefined || from === null || to === null || from <= to) return null;
  const f = shown ? shown.from : from;
  const t = shown ? shown.to : to;
  return `impossible ${kind}: ${names.from} ${f} is after ${names.to} ${t}`;
}

/** Throws an InputError naming the `from` bound when `from` is after `to` (see rangeOrderProblem). */
export function checkRangeOrder<T extends number | string>(
  from: T | undefined,
  to: T | undefined,
  options: Parameters<typeof rangeOrderProblem>[2] & { field?: string } = {},
): void {
  const problem = rangeOrderProblem(from, to, options);
  if (problem) throw new InputError(problem, { location: { field: options.field ?? 'from' } });
}

/** Throws unless `year` is a whole year inside the dataset's coverage; the message names the covered range. */
export function checkYearCovered(year: number, coverage: Coverage, field: string): void {
  if (!Number.isInteger(year) || year < coverage.from || year > coverage.to) {
    throw new InputError(
      `${field} must be a year from ${coverage.from} to ${coverage.to} (${coverage.source} coverage), got ${year}`,
      { location: { field } },
    );
  }
}

/**
 * A year range inside a dataset's coverage: a missing bound is the coverage's own, each bound must be
 * covered, and from must not come after to.
 */
export function yearRangeWithin(
  range: { from?: number; to?: number },
  coverage: Coverage,
  names: BoundNames = parameterBounds,
): { from: number; to: number } {
  const from = range.from ?? coverage.from;
  const to = range.to ?? coverage.to;
  checkYearCovered(from, coverage, 'from');
  checkYearCovered(to, coverage, 'to');
  checkRangeOrder(from, to, { names });
  return { from, to };
}
