/**
 * China Vitae engagement records and their classes: the vocabulary shared by the parser and rules
 * (src/sources/chinavitae), the snapshot tables and the queries.
 */

/** Level of a participant in a visit: head of state or government, foreign minister, or other. */
export type ParticipantLevel = 'head' | 'foreign-minister' | 'other';
export const participantLevels: readonly ParticipantLevel[] = ['head', 'foreign-minister', 'other'];

/** The office a Chinese leader of the record acts in. */
export type ChineseOffice = 'president' | 'premier' | 'foreign-minister';

/** One row of the China Vitae engagement table: a leader's appearance, filed under one country. */
export interface EngagementRecord {
  /** ISO date. */
  date: string;
  year: number;
  /** The country the row is filed under, as written, and its concordance id. */
  countryName: string;
  country: string;
  /** The leader whose page the row comes from (the text's subject may be another leader). */
  leader: string;
  text: string;
  sourceFile: string;
  sourceLine: number;
}

/** What an engagement row is, for the country it is filed under. */
export type EngagementClass = 'trip' | 'received' | 'not-visit' | 'unclassified';
export const engagementClasses: readonly EngagementClass[] = [
  'trip',
  'received',
  'not-visit',
  'unclassified',
];

export interface Classification {
  class: EngagementClass;
  /** Id of the rule that decided (docs/methods/visits.md lists them in order). */
  rule: string;
  /** Trip: the host country; received: the visitor's country; otherwise the row's country. */
  country: string;
  /** Trip: the host city; received: the Chinese city of the meeting. */
  city: string | null;
  /** The Chinese leader who travelled or received (the text's subject, else the row's leader). */
  chineseLeader: string;
  chineseOffice: ChineseOffice;
  /** Received: the highest-level visitor of the country, with title and level. */
  visitor: string | null;
  visitorTitle: string | null;
  visitorLevel: ParticipantLevel | null;
}
