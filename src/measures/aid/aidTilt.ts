import { tilt } from '../tilt.js';

/**
 * The tilt between what two donors gave a recipient over a window: (second - first) / (second +
 * first), in [-1, 1]. A negative window sum (net de-obligation) is no aid and counts as zero
 * (flagged). null when either sum is missing; position null when neither gave anything.
 */
export function aidTilt(
  first: number | null,
  second: number | null,
): { position: number | null; clipped: boolean } | null {
  if (first === null || second === null) return null;
  const t = tilt(Math.max(0, first), Math.max(0, second));
  return { position: Number.isNaN(t) ? null : t, clipped: first < 0 || second < 0 };
}
