/**
 * Co-sponsorship as an alignment signal (docs/methods/sponsorship.md). For one state and one year: the
 * resolutions it sponsored, and for a pole (a set of states) the share of those co-sponsored by at least one
 * of the pole's members, beside the same share for the median state of the world.
 */
export interface PoleShare {
  /** Resolutions the state sponsored that at least one pole member (other than the state) also sponsored. */
  coSponsored: number;
  /** coSponsored / sponsored; null when the state sponsored nothing. */
  share: number | null;
  /**
   * The median of the same share over every other state that sponsored at least one resolution that year and
   * is not a member of the pole; null when there is none.
   */
  worldMedian: number | null;
  /** share - worldMedian; null when either is null. */
  relative: number | null;
}

export interface CoSponsorship {
  /** Resolutions the state sponsored (original or additional sponsor). */
  sponsored: number;
  poles: PoleShare[];
}

/** Share of `state`'s resolutions co-sponsored by a member of `pole` (null if it sponsored none). */
function shareOf(
  byState: ReadonlyMap<string, readonly number[]>,
  sponsors: readonly ReadonlySet<string>[],
  state: string,
  pole: ReadonlySet<string>,
): { sponsored: number; coSponsored: number; share: number | null } {
  const mine = byState.get(state) ?? [];
  let co = 0;
  for (const r of mine) {
    for (const s of sponsors[r]) {
      if (s !== state && pole.has(s)) {
        co++;
        break;
      }
    }
  }
  return { sponsored: mine.length, coSponsored: co, share: mine.length ? co / mine.length : null };
}

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * `sponsors[r]` lists the sponsors of resolution r (one year's resolutions); `poles` are the poles' member
 * sets for that year. Pure: no store, no dates.
 */
export function coSponsorship(
  sponsors: readonly (readonly string[])[],
  state: string,
  poles: readonly (readonly string[])[],
): CoSponsorship {
  const sets = sponsors.map((s) => new Set(s));
  const byState = new Map<string, number[]>();
  sets.forEach((set, r) => {
    for (const s of set) byState.set(s, [...(byState.get(s) ?? []), r]);
  });
  const mine = byState.get(state)?.length ?? 0;
  return {
    sponsored: mine,
    poles: poles.map((members) => {
      const pole = new Set(members);
      const own = shareOf(byState, sets, state, pole);
      const others: number[] = [];
      for (const s of byState.keys()) {
        if (s === state || pole.has(s)) continue;
        const x = shareOf(byState, sets, s, pole).share;
        if (x !== null) others.push(x);
      }
      const worldMedian = median(others);
      return {
        coSponsored: own.coSponsored,
        share: own.share,
        worldMedian,
        relative: own.share !== null && worldMedian !== null ? own.share - worldMedian : null,
      };
    }),
  };
}
