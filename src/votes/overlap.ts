/** A state's part in one roll call as the overlap report compares it. */
export type Cast = 'yes' | 'abstain' | 'no' | 'absent';

/** One difference between two sources, for the overlap report (table unga_overlap). */
export interface Disagreement {
  /** `vote`: both record the resolution, a state's vote differs; `missing`: only one source has it. */
  kind: 'vote' | 'missing' | 'count';
  resolution: string;
  date: string;
  country: string | null;
  sourceA: string;
  valueA: string;
  sourceB: string;
  valueB: string;
  /** Where each side was read: file:line. */
  whereA: string;
  whereB: string;
}
