// Hand-made /rank and /similar answers for the map tests (invented figures).
import type { RankRow, SimilarRow } from '../../../../../src/api/types';

const rank = (
  n: number,
  country: string,
  name: string,
  position: number | null,
  balance: number | null,
): RankRow => ({
  rank: n,
  country,
  name,
  year: 2020,
  position,
  balance,
  spread: null,
  stance: null,
  coverage: null,
  pole: null,
  dimensions: { votes: position, trade: null, finance: null, visits: null },
  carried: [],
});

export const rankRows: RankRow[] = [
  rank(1, 'USA', 'United States', -1, 0.1),
  rank(2, 'KEN', 'Kenya', 0.3, 0.6),
  rank(3, 'ETH', 'Ethiopia', 0.5, null),
  rank(4, 'CHN', 'China', 1, 0.1),
  rank(5, 'UGA', 'Uganda', null, null),
];

const similar = (
  side: 'most' | 'least',
  n: number,
  partner: string,
  agreement: number | null,
  votes: number,
): SimilarRow => ({
  side,
  rank: n,
  year: 2020,
  country: 'CHN',
  partner,
  votes,
  agreement,
  identical: null,
  s: null,
  kappa: null,
  pi: null,
  coincidence: null,
  stateDept: null,
  yearBasis: 'calendar',
});

export const similarRows: SimilarRow[] = [
  similar('most', 1, 'KEN', 0.8, 70),
  similar('most', 2, 'ETH', 0.75, 71),
  similar('most', 3, 'KEN', 0.1, 1),
  similar('least', 1, 'USA', 0.2, 72),
];
