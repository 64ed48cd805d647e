import { tableTotal, type VoteTable } from './voteTable.js';

/**
 * Share of common votes on which two states agree, abstention counting as half-agreement with
 * yes or no (Voeten's convention, bearing's default). NaN when they share no vote.
 */
export function agreement(t: VoteTable): number {
  const n = tableTotal(t);
  return (t[0] + t[4] + t[8] + 0.5 * (t[1] + t[3] + t[5] + t[7])) / n;
}

/** Agreement with abstention as a third category: only identical votes agree. */
export function identicalAgreement(t: VoteTable): number {
  return (t[0] + t[4] + t[8]) / tableTotal(t);
}

/**
 * The US State Department's voting coincidence: identical votes among roll calls where both voted
 * yes or no (abstentions and absences left out). NaN when there is no such roll call.
 */
export function coincidence(t: VoteTable): number {
  const same = t[0] + t[8];
  return same / (same + t[2] + t[6]);
}
