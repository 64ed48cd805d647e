import { atopObligations } from '../../security/vocabulary.js';

/**
 * How binding each ATOP obligation is, on [0, 1]: a promise to fight beside the partner (defence,
 * offence) is 1; a promise not to fight it or not to help its enemies (neutrality, non-aggression)
 * is 0.5; a promise to consult in a crisis is 0.25. A tie's strength is its strongest obligation.
 */
export const obligationWeights: Readonly<Record<(typeof atopObligations)[number], number>> = {
  defense: 1,
  offense: 1,
  neutral: 0.5,
  nonagg: 0.5,
  consul: 0.25,
};

/** The obligation names set in `bits` (parseAtop's bit order). */
export function obligationNames(bits: number): string[] {
  return atopObligations.filter((_, i) => (bits & (1 << i)) !== 0);
}

/** Strength of the strongest obligation in `bits`; 0 for none. */
export function tieStrength(bits: number): number {
  let s = 0;
  for (const [i, o] of atopObligations.entries()) if (bits & (1 << i)) s = Math.max(s, obligationWeights[o]);
  return s;
}

/** The country's obligations with one partner in a year, either direction merged. */
export interface AllianceDyad {
  partner: string;
  bits: number;
}

export interface PoleTies {
  /** Strongest tie with any member of each pole, [0, 1]. */
  tieFirst: number;
  tieSecond: number;
  /** Obligation names held with each pole's members. */
  obligationsFirst: string[];
  obligationsSecond: string[];
  /** Members of each pole the country has any obligation with. */
  partnersFirst: string[];
  partnersSecond: string[];
  /** tieSecond - tieFirst in [-1, 1]; null when there is no tie with either pole. */
  tilt: number | null;
  /** The stronger of the two ties, [0, 1]. */
  engagement: number;
}

/** Ties with each pole's members from the country's dyads of one year. */
export function poleTies(
  dyads: readonly AllianceDyad[],
  first: ReadonlySet<string>,
  second: ReadonlySet<string>,
): PoleTies {
  let bitsA = 0;
  let bitsB = 0;
  const pa: string[] = [];
  const pb: string[] = [];
  for (const d of dyads) {
    if (d.bits === 0) continue;
    if (first.has(d.partner)) {
      bitsA |= d.bits;
      pa.push(d.partner);
    } else if (second.has(d.partner)) {
      bitsB |= d.bits;
      pb.push(d.partner);
    }
  }
  const tieFirst = tieStrength(bitsA);
  const tieSecond = tieStrength(bitsB);
  return {
    tieFirst,
    tieSecond,
    obligationsFirst: obligationNames(bitsA),
    obligationsSecond: obligationNames(bitsB),
    partnersFirst: [...new Set(pa)].sort(),
    partnersSecond: [...new Set(pb)].sort(),
    tilt: tieFirst + tieSecond === 0 ? null : tieSecond - tieFirst,
    engagement: Math.max(tieFirst, tieSecond),
  };
}
