/**
 * US active-duty troops on a [0, 1] scale, logarithmic between 100 and 10,000: fewer than 100 is what
 * an embassy's Marine guard and attachés come to in most states (0), 1,000 is 0.5, 10,000 or more 1.
 * null stays null (not in troopdata that year).
 */
export function troopScale(troops: number | null): number | null {
  if (troops === null) return null;
  if (troops < 100) return 0;
  return Math.min(1, (Math.log10(troops) - 2) / 2);
}

/** MNNA status on the same scale as a neutrality or non-aggression pact: a status without a commitment. */
export const mnnaWeight = 0.5;

/**
 * The US-only presence component: the larger of the troop scale and the MNNA weight. One-sided by
 * construction (no public series of Chinese troops abroad or Chinese security designations), so it
 * enters the engagement, never the position.
 */
export function usPresence(troops: number | null, mnna: boolean): number | null {
  const t = troopScale(troops);
  if (t === null && !mnna) return null;
  return Math.max(t ?? 0, mnna ? mnnaWeight : 0);
}
