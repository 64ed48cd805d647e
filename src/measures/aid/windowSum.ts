/**
 * The sum of a donor's amounts to one recipient over the `width` years ending at `year`.
 * Aid registers list transactions, not recipient-years: inside the publisher's coverage a year
 * without a value had none recorded and counts as zero; a window reaching outside the coverage is
 * incomplete and the sum is null (missing, never zero).
 */
export function windowSum(
  amounts: ReadonlyMap<number, number>,
  year: number,
  width: number,
  coverage: { from: number; to: number },
): number | null {
  if (!Number.isInteger(width) || width < 1)
    throw new RangeError(`window width must be a positive integer, got ${width}`);
  const start = year - width + 1;
  if (start < coverage.from || year > coverage.to) return null;
  let sum = 0;
  for (let y = start; y <= year; y++) sum += amounts.get(y) ?? 0;
  return sum;
}
