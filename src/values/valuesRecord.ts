/** The two V-Dem indices bearing reads, each a point estimate with V-Dem's 68% interval. */
export const vdemIndices = ['polyarchy', 'libdem'] as const;
export type VdemIndex = (typeof vdemIndices)[number];

/** A point estimate with the low and high ends of its interval (V-Dem's codelow/codehigh). */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

/** One V-Dem country-year. `country` is bearing's id; null for an entity bearing has no state for. */
export interface VdemRecord {
  country: string | null;
  /** V-Dem's own text id and name (kept for entities that are not states in the concordance). */
  vdemId: string;
  name: string;
  year: number;
  polyarchy: Estimate | null;
  libdem: Estimate | null;
  sourceFile: string;
  sourceLine: number;
}

/** Freedom House status: Free, Partly Free, Not Free. */
export const freedomStatuses = ['F', 'PF', 'NF'] as const;
export type FreedomStatus = (typeof freedomStatuses)[number];

export const freedomStatusLabels: Record<FreedomStatus, string> = {
  F: 'Free',
  PF: 'Partly Free',
  NF: 'Not Free',
};

/** One Freedom in the World country-year: ratings 1 (most free) to 7, and their sum 2-14. */
export interface FreedomRecord {
  country: string | null;
  name: string;
  year: number;
  politicalRights: number;
  civilLiberties: number;
  status: FreedomStatus;
  sourceFile: string;
  sourceLine: number;
}
