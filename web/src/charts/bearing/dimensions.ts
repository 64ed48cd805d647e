// The dimensions of the profile, in the order the charts list them, and their labels.
import type { Profile } from '../../../../src/api/types';

export type DimensionName = keyof Profile['dimensions'];

export const dimensionNames: readonly DimensionName[] = ['votes', 'trade', 'finance', 'visits'];

export const dimensionLabel: Record<DimensionName | 'composite', string> = {
  composite: 'Overall bearing',
  votes: 'UN votes',
  trade: 'Trade',
  finance: 'Finance (debt)',
  visits: 'Visits (US side)',
};
