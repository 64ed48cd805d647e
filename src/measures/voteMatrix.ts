/**
 * Vote codes as stored (Voeten's coding): 1 yes, 2 abstain, 3 no, 8 absent (present in the body but
 * not voting). 0 means no record: not a member, or the source does not say.
 */
export const Vote = { none: 0, yes: 1, abstain: 2, no: 3, absent: 8 } as const;
export type VoteCode = (typeof Vote)[keyof typeof Vote];

/**
 * Roll calls by countries, dense and row-major: `votes[r * countries.length + c]`. The input of every
 * vote measure; built by the store from the votes table for a given filter.
 */
export interface VoteMatrix {
  /** Canonical country ids, one per column. */
  countries: readonly string[];
  /** Roll-call ids, one per row, ordered by year (calendar or session, as loaded), then date. */
  rollcalls: Int32Array;
  /** Year of each roll call: calendar, or session + 1945 when loaded with yearBasis session. */
  years: Int16Array;
  /** Vote codes (see `Vote`). */
  votes: Uint8Array;
}

/** The vote of column `c` on row `r`. */
export function voteAt(m: VoteMatrix, r: number, c: number): number {
  return m.votes[r * m.countries.length + c];
}
