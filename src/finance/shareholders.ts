import type { ShareholderInstitution } from './institutions.js';

/** One member's share of the votes of an institution at one date (a row of the voting_power table). */
export interface VotingShare {
  institution: ShareholderInstitution;
  /** The date the shares hold (`2023-02-06`), or a year where the publisher gives no exact date. */
  asOf: string;
  /** The member as the file names it (raw). */
  memberName: string;
  /** Concordance id of the member. */
  member: string;
  /** Share of total votes, 0-1. */
  share: number;
  sourceFile: string;
  sourceLine: number;
}

/** An institution's members' shares of its votes at one date (0-1 each). */
export interface ShareholderTable {
  institution: string;
  asOf: string;
  shares: ReadonlyMap<string, number>;
}

/** One creditor's amount: a country (concordance id) or an institution (institution id), or neither. */
export interface CreditorAmount {
  country: string | null;
  institution: string | null;
  value: number;
}
