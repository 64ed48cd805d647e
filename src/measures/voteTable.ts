/**
 * The 3x3 table of two states' votes on the roll calls both voted on: `t[3 * a + b]` counts roll calls
 * where the first voted `a` and the second `b` (0 yes, 1 abstain, 2 no). Every dyadic vote measure is
 * a function of this table, so measures are computed once per dyad from nine integers.
 */
export type VoteTable = ArrayLike<number>;

/** Category index (0 yes, 1 abstain, 2 no) of a stored vote code, or -1 when not a vote cast. */
export function category(code: number): number {
  return code >= 1 && code <= 3 ? code - 1 : -1;
}

export function tableTotal(t: VoteTable): number {
  let n = 0;
  for (let k = 0; k < 9; k++) n += t[k];
  return n;
}

/** The table of two vote vectors (stored codes); absences and missing votes are left out. */
export function voteTable(a: ArrayLike<number>, b: ArrayLike<number>): Int32Array {
  if (a.length !== b.length)
    throw new RangeError(`vote vectors differ in length: ${a.length} and ${b.length}`);
  const t = new Int32Array(9);
  for (let i = 0; i < a.length; i++) {
    const x = category(a[i]);
    const y = category(b[i]);
    if (x >= 0 && y >= 0) t[3 * x + y]++;
  }
  return t;
}
