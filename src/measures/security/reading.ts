/** The components of one country-year, each already reduced to its tilt and engagement. */
export interface SecurityComponents {
  arms: { tilt: number | null; engagement: number | null } | null;
  alliances: { tilt: number | null; engagement: number } | null;
  /** US-only presence (troops, MNNA); null when not measured or when no pole holds the United States. */
  usPresence: number | null;
}

export interface SecurityReading {
  /** Mean of the two-sided tilts (arms, alliances) that are defined; null when none is. */
  position: number | null;
  /** Mean of every defined engagement, the US-only presence included. */
  engagement: number | null;
  /** Mean of the two-sided engagements only (what the position stands on). */
  engagementTwoSided: number | null;
}

const mean = (xs: (number | null | undefined)[]): number | null => {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
};

/**
 * The security position in [-1, 1] and engagement in [0, 1]. Only components observed for both poles
 * move the position: arms (SIPRI records every supplier) and alliances (ATOP records every state's
 * treaties). US troops and MNNA status exist for one pole only, so they count in the engagement and
 * are shown, but never push the position toward the pole that happens to be measured.
 */
export function securityReading(c: SecurityComponents): SecurityReading {
  const twoSided = [c.arms?.engagement, c.alliances?.engagement];
  return {
    position: mean([c.arms?.tilt, c.alliances?.tilt]),
    engagement: mean([...twoSided, c.usPresence]),
    engagementTwoSided: mean(twoSided),
  };
}
