/** Voeten's six issue areas (unvotes' short_name). */
export const issueCodes = ['me', 'nu', 'di', 'hr', 'co', 'ec'] as const;
export type IssueCode = (typeof issueCodes)[number];

export type VoteSource = 'voeten' | 'undl' | 'dgacm';

/** One recorded vote of the General Assembly (a resolution, an amendment or a paragraph). */
export interface RollCall {
  rcid: number;
  session: number;
  /** ISO yyyy-mm-dd. */
  date: string;
  year: number;
  /** Resolution symbol (e.g. A/RES/74/19, or R/1/66 in Voeten's early coding); null where none. */
  resolution: string | null;
  short: string;
  description: string;
  /** On the US State Department's list of important votes (Voeten's coding). */
  important: boolean;
  /** A vote on an amendment rather than the whole text. */
  amendment: boolean;
  /** A vote on a paragraph rather than the whole text. */
  paragraph: boolean;
  issues: IssueCode[];
  source: VoteSource;
  /** Publisher file and 1-based line the roll call was read from. */
  sourceFile: string;
  sourceLine: number;
}

/** One state's vote on one roll call; `vote` uses the stored codes (1 yes, 2 abstain, 3 no, 8 absent; see VoteMatrix). */
export interface VoteRecord {
  rcid: number;
  country: string;
  vote: 1 | 2 | 3 | 8;
  /** Publisher file the vote was read from (for Voeten, the votes file, not the roll calls file). */
  sourceFile?: string;
  sourceLine: number;
}
