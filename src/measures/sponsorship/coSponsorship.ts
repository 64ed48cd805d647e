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

/** Share of `state`'s resolutions `mine` (at least one) co-sponsored by a member of `pole`. */
function shareOf(
  mine: readonly number[],
  sponsors: readonly ReadonlySet<string>[],
  state: string,
  pole: ReadonlySet<string>,
): { coSponsored: number; share: number } {
  let co = 0;
  for (const r of mine) {
    for (const s of sponsors[r]) {
      if (s !== state && pole.has(s)) {
        co++;
        break;
      }
    }
  }
  return { coSponsored: co, share: co / mine.length };
}

/** One pole in one year: every sponsoring state's share with it, computed once for any state asked. */
interface PoleYear {
  members: ReadonlySet<string>;
  /** Every sponsoring state's share (a state that sponsored nothing is absent). */
  shares: ReadonlyMap<string, { coSponsored: number; share: number }>;
  /** The shares of the sponsoring states outside the pole, ascending: the world median's population. */
  outside: readonly number[];
}

/** One year's resolutions read for a list of poles (`sponsorYear`): what `coSponsorshipOf` needs. */
export interface SponsorYear {
  sponsored: ReadonlyMap<string, number>;
  poles: readonly PoleYear[];
}

/**
 * `sponsors[r]` lists the sponsors of resolution r (one year's resolutions); `poles` are the poles' member
 * sets for that year. Every state's share with each pole is computed here once, so asking for many
 * states (every country page of an export, a server's requests) does not recount the world each time.
 */
export function sponsorYear(
  sponsors: readonly (readonly string[])[],
  poles: readonly (readonly string[])[],
): SponsorYear {
  const sets = sponsors.map((s) => new Set(s));
  const byState = new Map<string, number[]>();
  sets.forEach((set, r) => {
    for (const s of set) {
      const list = byState.get(s);
      if (list) list.push(r);
      else byState.set(s, [r]);
    }
  });
  return {
    sponsored: new Map([...byState].map(([s, rs]) => [s, rs.length])),
    poles: poles.map((list) => {
      const members = new Set(list);
      const shares = new Map([...byState].map(([s, mine]) => [s, shareOf(mine, sets, s, members)]));
      const outside: number[] = [];
      for (const [s, x] of shares) if (!members.has(s)) outside.push(x.share);
      return { members, shares, outside: outside.sort((a, b) => a - b) };
    }),
  };
}

/** The median of an ascending list with one occurrence of `value` left out (none when it is absent). */
function medianWithout(sorted: readonly number[], value: number | null): number | null {
  const skip = value === null ? -1 : sorted.indexOf(value);
  const n = sorted.length - (skip >= 0 ? 1 : 0);
  if (n === 0) return null;
  const at = (k: number) => sorted[skip >= 0 && k >= skip ? k + 1 : k];
  const m = n >> 1;
  return n % 2 ? at(m) : (at(m - 1) + at(m)) / 2;
}

/** `state`'s co-sponsorship with each pole of a year read by `sponsorYear`. */
export function coSponsorshipOf(year: SponsorYear, state: string): CoSponsorship {
  return {
    sponsored: year.sponsored.get(state) ?? 0,
    poles: year.poles.map(({ members, shares, outside }) => {
      const own: { coSponsored: number; share: number | null } = shares.get(state) ?? {
        coSponsored: 0,
        share: null,
      };
      // The world median is over the other states: the state itself is left out when it is counted.
      const worldMedian = medianWithout(outside, members.has(state) ? null : own.share);
      return {
        coSponsored: own.coSponsored,
        share: own.share,
        worldMedian,
        relative: own.share !== null && worldMedian !== null ? own.share - worldMedian : null,
      };
    }),
  };
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
  return coSponsorshipOf(sponsorYear(sponsors, poles), state);
}
