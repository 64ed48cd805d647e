import { median } from '../quantile.js';
import { tilt } from '../tilt.js';
import { relativeEngagement } from './anchoredPosition.js';
import type { Side } from './votes.js';

/** Amounts (trade, debt, investment...) one state has with each pole's members and in all, one year. */
export interface TiltInput {
  first: number;
  second: number;
  total: number;
  side: Side;
}

export interface TiltReading {
  position: number | null;
  engagement: number | null;
  /** The raw tilt (S - F) / (S + F), null when nothing is with either pole. */
  tilt: number | null;
  firstShare: number;
  secondShare: number;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Readings of one year's states from amounts with each pole: position = tilt, except that a pole's own
 * members sit at their pole's end (a state is not its own partner or creditor); engagement = the share of
 * the total with both poles over the median share of the states outside the poles, capped at 1 (members: 1).
 * A row with no positive total has no reading (null), never a zero one.
 */
export function tiltReadings(rows: readonly TiltInput[]): {
  worldMedianCombinedShare: number;
  readings: (TiltReading | null)[];
} {
  const ok = (r: TiltInput) => r.total > 0;
  const worldMedianCombinedShare = median(
    rows.filter((r) => ok(r) && r.side < 0).map((r) => (r.first + r.second) / r.total),
  );
  const readings = rows.map((r): TiltReading | null => {
    if (!ok(r)) return null;
    // NaN when nothing is with either pole.
    const t = tilt(r.first, r.second);
    const position = r.side === 0 ? -1 : r.side === 1 ? 1 : t;
    return {
      position: finiteOrNull(position),
      engagement:
        r.side >= 0
          ? 1
          : finiteOrNull(relativeEngagement((r.first + r.second) / r.total, worldMedianCombinedShare)),
      tilt: finiteOrNull(t),
      firstShare: r.first / r.total,
      secondShare: r.second / r.total,
    };
  });
  return { worldMedianCombinedShare, readings };
}
