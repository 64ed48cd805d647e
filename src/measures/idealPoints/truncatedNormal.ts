/**
 * Moments of a normal N(mu, s^2) truncated to one of the three intervals of the ordinal model
 * (below 0, between 0 and `upper`, above `upper`). Written for the tails: a vote the model finds very
 * unlikely still gets a finite mean and a positive variance, never NaN.
 */

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const SQRT1_2 = Math.SQRT1_2;

/**
 * Scaled complementary error function erfcx(y) = exp(y^2) erfc(y), from the Chebyshev fit of
 * Numerical Recipes (relative error below 1.2e-7 for y >= 0), which yields erfcx without forming
 * exp(y^2) erfc(y) and so does not underflow in the tail.
 */
export function erfcx(y: number): number {
  if (y < 0) {
    // erfcx(-y) = 2 exp(y^2) - erfcx(y); overflows to Infinity far in the left tail, which callers treat as 0.
    return 2 * Math.exp(y * y) - erfcx(-y);
  }
  const t = 1 / (1 + 0.5 * y);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return t * Math.exp(poly);
}

/** Inverse Mills ratio phi(a) / (1 - Phi(a)), the mean shift of a standard normal truncated to [a, inf). */
export function millsRatio(a: number): number {
  const e = erfcx(a * SQRT1_2);
  return e === Number.POSITIVE_INFINITY ? 0 : SQRT_2_OVER_PI / e;
}

/*
 * One-sided truncation depends on a single number a (the standardised cut point), so the fit reads the
 * mean shift lambda(a) and the variance factor 1 - lambda(lambda - a) from tables, interpolating linearly
 * (error below 1e-6), instead of evaluating exponentials for each of a million votes per iteration.
 */
export const TABLE_MIN = -8;
export const TABLE_MAX = 8;
export const TABLE_STEPS = 512; // per unit of a
const size = (TABLE_MAX - TABLE_MIN) * TABLE_STEPS + 2;
export const lambdaTable = new Float64Array(size);
export const varianceTable = new Float64Array(size);
for (let i = 0; i < size; i++) {
  const a = TABLE_MIN + i / TABLE_STEPS;
  const lambda = millsRatio(a);
  lambdaTable[i] = lambda;
  const v = 1 - lambda * (lambda - a);
  varianceTable[i] = v > 0 ? v : 1 / (a * a);
}

/**
 * The same two tables interleaved for the fit's inner loop, four numbers per grid point: lambda, variance
 * factor, and their steps to the next point (one cache line per lookup, no subtraction).
 */
export const tailTable = new Float64Array(4 * (size - 1));
for (let i = 0; i + 1 < size; i++) {
  tailTable[4 * i] = lambdaTable[i];
  tailTable[4 * i + 1] = varianceTable[i];
  tailTable[4 * i + 2] = lambdaTable[i + 1] - lambdaTable[i];
  tailTable[4 * i + 3] = varianceTable[i + 1] - varianceTable[i];
}

/**
 * Mean shift and variance factor of a standard normal truncated to [a, inf): writes lambda(a) to out[0]
 * and 1 - lambda (lambda - a) to out[1].
 */
export function upperTruncation(a: number, out: Float64Array): void {
  if (a <= TABLE_MIN) {
    out[0] = 0;
    out[1] = 1;
  } else if (a >= TABLE_MAX) {
    out[0] = millsRatio(a);
    // 1 - lambda (lambda - a) cancels here (an error of 1.2e-7 in lambda costs 22% at a = 40), so the
    // factor comes from its asymptotic series instead: with lambda = a + 1/a - 2/a^3 + 10/a^5 - ...,
    // 1/a^2 - 6/a^4 + 50/a^6 - 518/a^8 + 6354/a^10; relative error 7e-5 at a = 8, 1.5e-7 at 15.
    const r = 1 / (a * a);
    out[1] = r * (1 + r * (-6 + r * (50 + r * (-518 + r * 6354))));
  } else {
    const x = (a - TABLE_MIN) * TABLE_STEPS;
    const i = x | 0;
    const f = x - i;
    out[0] = lambdaTable[i] + f * (lambdaTable[i + 1] - lambdaTable[i]);
    out[1] = varianceTable[i] + f * (varianceTable[i + 1] - varianceTable[i]);
  }
}

/** lambda(a) = phi(a) / (1 - Phi(a)), from the table inside its range. */
function lambdaOf(a: number): number {
  if (a <= TABLE_MIN || a >= TABLE_MAX) return millsRatio(a);
  const x = (a - TABLE_MIN) * TABLE_STEPS;
  const i = x | 0;
  return lambdaTable[i] + (x - i) * (lambdaTable[i + 1] - lambdaTable[i]);
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * Mean and variance of N(mu, s^2) truncated to [lower, upper], stable when both ends lie in one tail:
 * tail areas are written as phi(x) / lambda(x), so that a common factor exp(-a^2/2) cancels.
 */
export function truncatedBetween(
  mu: number,
  s: number,
  lower: number,
  upper: number,
  out: Float64Array,
): void {
  let a = (lower - mu) / s;
  let b = (upper - mu) / s;
  // Mirror the lower tail onto the upper one: the moments of -z are the negated mean and same variance.
  let sign = 1;
  if (b < 0) {
    const t = a;
    a = -b;
    b = -t;
    sign = -1;
  }
  let ratio: number; // (phi(a) - phi(b)) / Z
  let second: number; // (a phi(a) - b phi(b)) / Z
  if (a > 0) {
    // Both ends in the upper tail: Z = Q(a) - Q(b) = phi(a) (1/lambda(a) - d/lambda(b)), d = phi(b)/phi(a).
    const d = Math.exp(-0.5 * (b - a) * (b + a));
    const z = 1 / lambdaOf(a) - d / lambdaOf(b);
    if (!(z > 1e-12) || b - a < 1e-6) {
      // Interval so narrow against the tail that the density is flat across it.
      out[0] = mu + sign * s * 0.5 * (a + b);
      out[1] = (s * s * (b - a) * (b - a)) / 12;
      return;
    }
    ratio = (1 - d) / z;
    second = (a - b * d) / z;
  } else {
    const phiA = INV_SQRT_2PI * Math.exp(-0.5 * a * a);
    const phiB = INV_SQRT_2PI * Math.exp(-0.5 * b * b);
    const z = 1 - phiB / lambdaOf(b) - phiA / lambdaOf(-a); // Phi(b) - Phi(a)
    if (!(z > 1e-12) || b - a < 1e-6) {
      out[0] = mu + sign * s * 0.5 * (a + b);
      out[1] = (s * s * (b - a) * (b - a)) / 12;
      return;
    }
    ratio = (phiA - phiB) / z;
    second = (a * phiA - b * phiB) / z;
  }
  out[0] = mu + sign * s * ratio;
  let v = 1 + second - ratio * ratio;
  if (!(v > 0)) v = ((b - a) * (b - a)) / 12;
  out[1] = s * s * v;
}
