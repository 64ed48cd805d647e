import type { VoteMatrix } from '../votes/voteMatrix.js';

/** The four counts of the US State Department's "Voting Practices in the United Nations" tables. */
export interface CoincidenceCounts {
  /** Both voted the same (yes-yes, no-no, abstain-abstain). */
  same: number;
  /** One yes, the other no. */
  opposite: number;
  /** One abstained, the other voted yes or no. */
  partial: number;
  /** One was absent (a member on the roll call, not voting), the other voted. */
  absent: number;
}

const voted = (v: number) => v === 1 || v === 2 || v === 3;

/**
 * Counts over rows [start, end) of the matrix for columns a and b. A roll call counts when at least one
 * of the two voted and both have a record (a vote or a recorded absence, code 8); roll calls where either
 * has no record at all (not a member, or a source that drops absences) are left out.
 */
export function coincidenceCounts(
  m: VoteMatrix,
  a: number,
  b: number,
  start: number,
  end: number,
): CoincidenceCounts {
  const nc = m.countries.length;
  const c: CoincidenceCounts = { same: 0, opposite: 0, partial: 0, absent: 0 };
  for (let r = start; r < end; r++) {
    const x = m.votes[r * nc + a];
    const y = m.votes[r * nc + b];
    if (x === 0 || y === 0) continue;
    const vx = voted(x);
    const vy = voted(y);
    if (vx && vy) {
      if (x === y) c.same++;
      else if (x === 2 || y === 2) c.partial++;
      else c.opposite++;
    } else if (vx || vy) c.absent++;
  }
  return c;
}

/**
 * The State Department's coincidence as published for 2022 and 2023: an abstention against a yes or no
 * and an absence against a vote count half, over every recorded vote: (same + ½ (partial + absent)) /
 * (same + opposite + partial + absent). NaN when there is no such vote. Reproduces the published tables
 * where absences are recorded (UN Digital Library and DGACM years); Voeten's file has no absences, so
 * there it equals `agreement`.
 */
export function stateDeptCoincidence(c: CoincidenceCounts): number {
  const n = c.same + c.opposite + c.partial + c.absent;
  return n === 0 ? Number.NaN : (c.same + (c.partial + c.absent) / 2) / n;
}
