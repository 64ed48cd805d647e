// Room for text Plot does not measure: a left margin that fits the longest y label, so labels such as
// "Visits (US side) (weight 0)" are not cut. About 0.58 em a character in the dashboard's sans-serif.

/** The left margin (px) that fits `labels` at `fontPx`, at least `min`, at most `max`. */
export function labelMargin(labels: readonly string[], fontPx: number, { min = 48, max = 320 } = {}): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.round(Math.min(max, Math.max(min, 12 + longest * fontPx * 0.58)));
}
