import { median } from '../quantile.js';
import { anchoredPosition, relativeEngagement } from './anchoredPosition.js';

/** Which pole a state belongs to in a year: 0 the first, 1 the second, -1 neither. */
export type Side = -1 | 0 | 1;

/** One state voting in one year. */
export interface Voter {
  /** Mean agreement with the first and second pole's members that year (NaN: no common vote). */
  agreementFirst: number;
  agreementSecond: number;
  /** Share of the year's roll calls the state voted on. */
  participation: number;
  side: Side;
}

/** What a year's readings are anchored to. */
export interface VotesAnchors {
  /** Median over voters of agreementSecond - agreementFirst: the typical state, read as 0. */
  worldMedian: number;
  /** The typical state's agreement with each pole (medians over voters, for the words). */
  medianAgreementFirst: number;
  medianAgreementSecond: number;
  /** Mean difference of each pole's own members: read as -1 and +1. */
  firstAnchor: number;
  secondAnchor: number;
  medianParticipation: number;
}

export interface VotesReading {
  position: number | null;
  engagement: number | null;
  /** agreementSecond - agreementFirst. */
  difference: number;
}

const mean = (xs: number[]): number => {
  const f = xs.filter(Number.isFinite);
  return f.length ? f.reduce((s, x) => s + x, 0) / f.length : Number.NaN;
};
const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Mean of a state's agreement with a pole's members, leaving out pairs without a common vote (NaN). */
export function meanAgreement(agreements: readonly number[]): number {
  return mean([...agreements]);
}

/** The world median and the poles' anchors of one year's voters. */
export function votesAnchors(voters: readonly Voter[]): VotesAnchors {
  const diff = voters.map((v) => v.agreementSecond - v.agreementFirst);
  return {
    worldMedian: median(diff),
    medianAgreementFirst: median(voters.map((v) => v.agreementFirst)),
    medianAgreementSecond: median(voters.map((v) => v.agreementSecond)),
    firstAnchor: mean(diff.filter((_, i) => voters[i].side === 0)),
    secondAnchor: mean(diff.filter((_, i) => voters[i].side === 1)),
    medianParticipation: median(voters.map((v) => v.participation)),
  };
}

/**
 * One voter's reading: the difference anchored at the world median (0) and at the poles' members (-1, +1),
 * docs/methods/bearing.md; engagement is participation relative to the median voter's.
 */
export function votesReading(v: Voter, a: VotesAnchors): VotesReading {
  const difference = v.agreementSecond - v.agreementFirst;
  return {
    position: finiteOrNull(anchoredPosition(difference, a.worldMedian, a.firstAnchor, a.secondAnchor)),
    engagement: finiteOrNull(relativeEngagement(v.participation, a.medianParticipation)),
    difference,
  };
}

/** Every voter's reading in one year, with the anchors they were read against. */
export function votesReadings(voters: readonly Voter[]): { anchors: VotesAnchors; readings: VotesReading[] } {
  const anchors = votesAnchors(voters);
  return { anchors, readings: voters.map((v) => votesReading(v, anchors)) };
}

/**
 * The votes reading in words, against the typical state (the anchor), e.g. "votes closer to the United
 * States than the typical state does". `names` are the two poles' names.
 */
export function votesWords(position: number | null, names: readonly [string, string]): string {
  if (position === null) return 'no votes reading';
  const size = Math.abs(position);
  if (size < 0.1) return 'votes much as the typical state does';
  const toward = position < 0 ? names[0] : names[1];
  if (size >= 1) return `votes as ${toward}'s own side does`;
  return `votes ${size >= 0.6 ? 'much ' : ''}closer to ${toward} than the typical state does`;
}
