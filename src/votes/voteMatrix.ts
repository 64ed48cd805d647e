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
  /**
   * Vote codes as stored (Voeten's coding): 1 yes, 2 abstain, 3 no, 8 absent (present but not voting);
   * 0 no record (not a member, or the source does not say).
   */
  votes: Uint8Array;
}
