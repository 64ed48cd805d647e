// The dimensions of the profile, in the order the server's registry reports them, and their labels: a
// dimension the server adds appears in the charts with no change here (its id is its label until named).
import type { Profile } from '../../../../src/api/types';

export type DimensionName = string;

/** The dimension ids of an answer, in the server's order. */
export const dimensionNames = (p: Profile): DimensionName[] => Object.keys(p.dimensions);

const labels: Record<string, string> = {
  composite: 'Overall bearing',
  votes: 'UN votes',
  trade: 'Trade',
  finance: 'Finance (debt)',
  investment: 'Investment',
  aid: 'Aid',
  security: 'Security',
  visits: 'Visits (US side)',
  values: 'Values (V-Dem)',
};

export const dimensionLabel = (d: string): string => labels[d] ?? d;
