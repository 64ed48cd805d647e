// Numbers in API answers to a precision people can read and a figure deserves: the sources carry three
// to five significant digits and positions are estimates, so 0.8764705657958984 (a float32 artefact)
// is answered as 0.876471. Integers (years, counts, ranks) are never touched; `precision=full`
// on the routes that round gives the unrounded doubles (for reproducing a computation exactly).

/** Significant digits kept by default. */
export const answerDigits = 6;

/** A copy of `value` with every non-integer finite number rounded to `digits` significant digits. */
export function roundNumbers<T>(value: T, digits = answerDigits): T {
  if (typeof value === 'number') {
    return (
      Number.isFinite(value) && !Number.isInteger(value) ? Number(value.toPrecision(digits)) : value
    ) as T;
  }
  if (Array.isArray(value)) return value.map((v) => roundNumbers(v, digits)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = roundNumbers(v, digits);
    return out as T;
  }
  return value;
}
